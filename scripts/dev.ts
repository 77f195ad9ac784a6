import type { LiveOptions } from './live-data.ts'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { formatError } from './dataset/errors.ts'
import { generate } from './generate.ts'
import { LIVE_ENV } from './live-data.ts'
import { deckFileFor, DEFAULT_DATA, sectionsDirFor } from './paths.ts'
import { SLIDEV_BIN } from './slidev-server.ts'

// `npm run dev [-- --data <dataset>] [--talk <talk.md>] [slidev options]`:
// present any dataset, alone or inside your own talk. The deck (or the
// talk's sections) is generated first, then regenerated on every save of the
// dataset by the live-data plugin in vite.config.ts; other options go to Slidev.

const USAGE = `Usage: npm run dev -- [--data <dataset>] [--talk <talk.md>] [slidev options, e.g. --remote]`

const { values, tokens } = parseArgs({
  args: process.argv.slice(2),
  strict: false,
  allowPositionals: true,
  tokens: true,
  options: {
    data: { type: 'string' },
    talk: { type: 'string' },
  },
})
for (const name of ['data', 'talk'] as const) {
  if (name in values && typeof values[name] !== 'string') {
    console.error(`--${name} needs a file.\n${USAGE}`)
    process.exit(2)
  }
}
const data = (values.data as string | undefined) ?? DEFAULT_DATA
const talk = values.talk as string | undefined
// Slidev's own options, as they were given.
const slidevArgs = tokens.flatMap((t) => {
  if (t.kind === 'option') {
    return t.name === 'data' || t.name === 'talk'
      ? []
      : [
          t.inlineValue
            ? `${t.rawName}=${t.value}`
            : t.rawName,
        ]
  }
  return t.kind === 'positional'
    ? [t.value]
    : ['--']
})

const live: LiveOptions = talk
  ? {
      data,
      sections: sectionsDirFor(data),
    }
  : {
      data,
      out: values.data
        ? deckFileFor(data)
        : 'slides.md',
    }
const result = await generate(live)
if (result.status === 'invalid') {
  for (const error of result.errors)
    console.error(formatError(error))
  process.exit(1)
}
const child = spawn(process.execPath, [
  SLIDEV_BIN,
  talk ?? live.out!,
  '--open',
  'false',
  ...slidevArgs,
], {
  stdio: 'inherit',
  env: {
    ...process.env,
    [LIVE_ENV]: JSON.stringify(live),
  },
})
child.on('exit', code => process.exit(code ?? 0))
