import type { LiveOptions } from '../../live-options.ts'
import { LIVE_ENV } from '../../live-options.ts'
import { deckFileFor, DEFAULT_DATA, sectionsDirFor } from '../../paths.ts'
import { THEMES } from '../../render/brand.ts'
import { spawnSlidev } from '../../slidev-server.ts'
import { CommandError, defineCommand, oneOf, UsageError } from '../command.ts'

// The deck (or a talk's sections) is generated first, then regenerated on
// every save of the dataset by the live-data plugin in vite.config.ts, which
// gets its options from this command through LIVE_ENV.

export default defineCommand({
  name: 'dev',
  summary: 'Present a dataset, alone or inside your own talk; every save of the dataset updates the open deck.',
  synopsis: '[--data <file>] [--talk <talk.md>] [--locale <tag>] [--theme <name>] [--port <n>] [--remote [--password <secret>]] [-- <slidev options>]',
  positionals: { min: 0, max: 0, name: '' },
  passThrough: 'slidev',
  options: {
    data: { type: 'string' },
    talk: { type: 'string' },
    locale: { type: 'string' },
    theme: { type: 'string' },
    port: { type: 'string', short: 'p' },
    remote: { type: 'boolean', default: false },
    password: { type: 'string' },
    open: { type: 'boolean', default: false },
  },
  help: [
    ['--data <file>', `the dataset; default ${DEFAULT_DATA} (its deck is slides.md)`],
    ['--talk <talk.md>', 'present your own deck, which imports the dataset\'s sections (versus new --talk)'],
    ['--locale <tag>', 'language of the deck\'s own words, as for versus generate'],
    ['--theme <name>', `Slidev theme, ${THEMES.join(' or ')}`],
    ['-p, --port <n>', 'the port; default 3030'],
    ['--remote', 'listen on every network address, so a phone or a second machine can open\nthe presenter view (/presenter) and the audience view'],
    ['--password <secret>', 'with --remote: ask for this password before presenter mode'],
    ['--open', 'open a browser tab'],
    ['-- <options>', 'anything after -- goes to slidev as it is'],
  ],
  examples: [
    'versus dev',
    'versus dev --data data/express-fastify-nestjs.yaml --locale de',
    'versus dev --data data/go-vs-rust.yaml --talk go-vs-rust.talk.md',
    'versus dev --remote --password s3cret',
  ],
  exits: 'otherwise Slidev\'s own exit code',
  async run(values, _positionals, passThrough) {
    if (values.password !== undefined && !values.remote)
      throw new UsageError('--password needs --remote')
    if (values.port !== undefined && !/^\d{1,5}$/.test(values.port))
      throw new UsageError(`--port must be a number, got ${JSON.stringify(values.port)}`)
    const data = values.data ?? DEFAULT_DATA
    const theme = values.theme === undefined
      ? undefined
      : oneOf('theme', values.theme, THEMES)
    const live: LiveOptions = {
      data,
      locale: values.locale,
      theme,
      ...values.talk
        ? {
            sections: sectionsDirFor(data),
          }
        : {
            out: values.data
              ? deckFileFor(data)
              : 'slides.md',
          },
    }
    // Loaded when the command runs, not for its --help.
    const [{ formatError }, { generate }] = await Promise.all([
      import('../../dataset/errors.ts'),
      import('../../generate.ts'),
    ])
    const result = await generate(live)
    if (result.status === 'invalid')
      throw new CommandError(result.errors.map(formatError).join('\n'))
    const child = spawnSlidev([
      values.talk ?? live.out!,
      '--open',
      String(values.open),
      ...values.port
        ? ['--port', values.port]
        : [],
      // Slidev's `--remote [password]`: the password guards presenter mode.
      ...values.remote
        ? [
            values.password === undefined
              ? '--remote'
              : `--remote=${values.password}`,
          ]
        : [],
      ...passThrough,
    ], {
      inherit: true,
      env: {
        [LIVE_ENV]: JSON.stringify(live),
      },
    })
    return new Promise<number>((resolve, reject) => {
      child.on('error', reject)
      child.on('exit', code => resolve(code ?? 0))
    })
  },
})
