import type { GenerateOptions, GenerateResult } from './generate.ts'
import { watch } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { formatError } from './dataset/errors.ts'
import { generate, outputsOf } from './generate.ts'
import { DEFAULT_DATA } from './paths.ts'
import { isLocaleTag, LOCALES, shippedMessages } from './render/locale/index.ts'

const USAGE = `Usage: npm run generate -- [--data <file>] [--out <file>] [--sections <folder>] [--locale <tag>] [--check | --watch]

  --data <file>        dataset to render (YAML or JSON)   default: data/node-vs-django.yaml
  --out <file>         Slidev markdown to write            default: slides.md, unless --sections
  --sections <folder>  write each section (title.md, agenda.md, aspects.md, ...) to <folder>,
                       for your own deck to import with src: (see README, "Your own talk")
  --locale <tag>       language of the deck's own words   default: the dataset's locale, else en
                       (a BCP 47 tag; versus speaks ${Object.keys(LOCALES).join(', ')})
  --check              exit 1 when the output is not what the data renders to; write nothing
  --watch              regenerate on every save of <data>

Exit codes: 0 done, 1 invalid data or stale output (nothing written), 2 bad usage.`

/** Prints the outcome; returns the exit code. */
function report(result: GenerateResult, options: GenerateOptions): number {
  const out = outputsOf(options)
  switch (result.status) {
    case 'invalid':
      for (const error of result.errors)
        console.error(formatError(error))
      console.error(`${result.errors.length} error(s) in ${options.data}; ${out} was left as it was.`)
      return 1
    case 'stale':
      console.error(`${out} is out of date with ${options.data}: run npm run generate.`)
      return 1
    case 'up-to-date':
      console.log(`${out} is up to date (${result.slides} slides).`)
      return 0
    default:
      console.log(`${out}: ${result.slides} slides from ${options.data}${result.status === 'unchanged'
        ? ' (unchanged)'
        : ''}.`)
      return 0
  }
}

function watchDataset(options: GenerateOptions): void {
  let timer: NodeJS.Timeout | undefined
  const run = () => generate(options).then(r => report(r, options), (e: unknown) => console.error(e))
  // Editors often save by replacing the file, so watch its folder, not the file.
  watch(dirname(resolve(options.data)), (_event, name) => {
    if (name !== basename(options.data))
      return
    clearTimeout(timer)
    timer = setTimeout(run, 30)
  })
  console.log(`Watching ${options.data} (Ctrl+C to stop).`)
  void run()
}

async function main(argv: string[]): Promise<number> {
  let values
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        data: { type: 'string', default: DEFAULT_DATA },
        out: { type: 'string' },
        sections: { type: 'string' },
        locale: { type: 'string' },
        check: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }))
  }
  catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  if (values.check && values.watch) {
    console.error(`--check and --watch do not go together.\n\n${USAGE}`)
    return 2
  }
  if (values.locale !== undefined && !isLocaleTag(values.locale)) {
    console.error(`--locale ${JSON.stringify(values.locale)} is not a BCP 47 language tag, such as en, de or ja-JP.\n\n${USAGE}`)
    return 2
  }
  // A language versus has no words for still gets its dates and lists; say so rather than leave English unexplained.
  if (values.locale !== undefined && !shippedMessages(values.locale))
    console.error(`versus has no messages for ${values.locale}: the deck's own words stay English unless the dataset's strings give them.`)
  const options: GenerateOptions = {
    data: values.data,
    out: values.out,
    sections: values.sections,
    check: values.check,
    locale: values.locale,
  }
  if (values.watch) {
    watchDataset(options)
    return new Promise<number>(() => {})
  }
  return report(await generate(options), options)
}

process.exitCode = await main(process.argv.slice(2))
