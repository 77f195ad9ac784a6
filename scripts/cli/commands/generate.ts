import type { GenerateOptions, GenerateResult } from '../../generate.ts'
import type { Io } from '../command.ts'
import { watch } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { inspect } from 'node:util'
import { formatError } from '../../dataset/errors.ts'
import { generate, outputsOf } from '../../generate.ts'
import { DEFAULT_DATA } from '../../paths.ts'
import { THEMES } from '../../render/brand.ts'
import { isLocaleTag, LOCALES, shippedMessages } from '../../render/locale/index.ts'
import { serially, WATCHER_QUIET_MS } from '../../serially.ts'
import { defineCommand, oneOf, UsageError } from '../command.ts'

/** Prints the outcome; returns the exit code. */
function report(result: GenerateResult, options: GenerateOptions, io: Io): number {
  const out = outputsOf(options)
  switch (result.status) {
    case 'invalid':
      for (const error of result.errors)
        io.err(formatError(error))
      io.err(`${result.errors.length} error(s) in ${options.data}; ${out} was left as it was.`)
      return 1
    case 'stale':
      io.err(`${out} is out of date with ${options.data}: run npm run generate.`)
      return 1
    case 'up-to-date':
      io.out(`${out} is up to date (${result.slides} slides).`)
      return 0
    default:
      io.out(`${out}: ${result.slides} slides from ${options.data}${result.status === 'unchanged'
        ? ' (unchanged)'
        : ''}.`)
      return 0
  }
}

function watchDataset(options: GenerateOptions, io: Io): Promise<number> {
  let timer: NodeJS.Timeout | undefined
  // One generation at a time, so that an older one cannot write last; spaced for a Slidev server watching the deck.
  const { run } = serially(() => generate(options).then(r => report(r, options, io), (e: unknown) => io.err(inspect(e))), WATCHER_QUIET_MS)
  // Editors often save by replacing the file, so watch its folder, not the file.
  watch(dirname(resolve(options.data)), (_event, name) => {
    if (name !== basename(options.data))
      return
    clearTimeout(timer)
    timer = setTimeout(run, 30)
  })
  io.out(`Watching ${options.data} (Ctrl+C to stop).`)
  void run()
  return new Promise<number>(() => {})
}

export default defineCommand({
  name: 'generate',
  summary: 'Render a dataset into a Slidev deck (slides.md), or into sections your own deck imports.',
  synopsis: '[--data <file>] [--out <file> | --sections <folder>] [--locale <tag>] [--theme <name>] [--check | --watch]',
  positionals: { min: 0, max: 0, name: '' },
  options: {
    data: { type: 'string', default: DEFAULT_DATA },
    out: { type: 'string', short: 'o' },
    sections: { type: 'string' },
    locale: { type: 'string' },
    theme: { type: 'string' },
    check: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
  },
  help: [
    ['--data <file>', `dataset to render (YAML or JSON); default ${DEFAULT_DATA}`],
    ['-o, --out <file>', 'Slidev markdown to write; default slides.md, unless --sections'],
    ['--sections <folder>', 'write each section (title.md, agenda.md, aspects.md, ...) to <folder>,\nfor your own deck to import with src: (README, "Your own talk")'],
    ['--locale <tag>', `language of the deck's own words; default the dataset's locale, else en\n(a BCP 47 tag; versus speaks ${Object.keys(LOCALES).join(', ')})`],
    ['--theme <name>', `Slidev theme, ${THEMES.join(' or ')}; default the dataset's brand.theme, else default`],
    ['--check', 'exit 1 when the output is not what the data renders to; write nothing'],
    ['--watch', 'regenerate on every save of the dataset'],
  ],
  examples: [
    'versus generate',
    'versus generate --data data/express-fastify-nestjs.yaml -o express.md --locale de',
    'versus generate --data data/go-vs-rust.yaml --sections sections/go-vs-rust',
    'versus generate --check',
  ],
  exits: '1 invalid data or stale output (nothing written)',
  async run(values, _positionals, _passThrough, io) {
    if (values.check && values.watch)
      throw new UsageError('--check and --watch do not go together')
    if (values.locale !== undefined && !isLocaleTag(values.locale))
      throw new UsageError(`--locale ${JSON.stringify(values.locale)} is not a BCP 47 language tag, such as en, de or ja-JP`)
    const theme = values.theme === undefined
      ? undefined
      : oneOf('theme', values.theme, THEMES)
    // A language versus has no words for still gets its dates and lists; say so rather than leave English unexplained.
    if (values.locale !== undefined && !shippedMessages(values.locale))
      io.err(`versus has no messages for ${values.locale}: the deck's own words stay English unless the dataset's strings give them.`)
    const options: GenerateOptions = {
      data: values.data,
      out: values.out,
      sections: values.sections,
      check: values.check,
      locale: values.locale,
      theme,
    }
    return values.watch
      ? watchDataset(options, io)
      : report(await generate(options), options, io)
  },
})
