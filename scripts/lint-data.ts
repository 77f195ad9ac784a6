import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { LineCounter, parseDocument } from 'yaml'
import { formatError, toDatasetError } from './dataset/errors.ts'
import { lintDataset } from './dataset/lint.ts'
import { loadDataset } from './dataset/load.ts'

// `npm run lint:data [-- <file>...]`: validity plus sourcing advice for every
// dataset in data/. Exit 1 when any file is invalid or has an error-level finding.

const USAGE = `Usage: npm run lint:data -- [file...] [--strict] [--today YYYY-MM-DD]

  file...        datasets to check          default: every dataset in data/
  --strict       every claim cites a source where it stands (pros, cons, best-for
                 items, detail bullets, verdict points, diagrams, examples,
                 subjects), and no number stands where nothing can cite it
  --today <day>  judge source ages as of this day   default: today

Exit codes: 0 clean or warnings only, 1 errors, 2 bad usage.`

let args
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      today: { type: 'string' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`)
  process.exit(2)
}
if (args.values.help) {
  console.log(USAGE)
  process.exit(0)
}
const today = args.values.today === undefined
  ? new Date()
  : new Date(args.values.today)
if (Number.isNaN(today.getTime()) || (args.values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.values.today))) {
  console.error(`--today must be a date, YYYY-MM-DD; got "${args.values.today}".\n\n${USAGE}`)
  process.exit(2)
}

const files = args.positionals.length
  ? args.positionals
  : (await readdir('data')).filter(f => /\.(?:ya?ml|json)$/.test(f) && f !== 'schema.json').map(f => join('data', f))

let errors = 0
let warnings = 0
for (const file of files) {
  const loaded = await loadDataset(file)
  if (!loaded.ok) {
    loaded.errors.forEach(e => console.error(formatError(e)))
    errors += loaded.errors.length
    continue
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(await readFile(file, 'utf8'), { lineCounter })
  for (const finding of lintDataset(loaded.dataset, today, { strict: args.values.strict })) {
    const located = toDatasetError(finding, file, doc, lineCounter)
    const line = formatError({ ...located, message: `${finding.level}: ${finding.message}` })
    if (finding.level === 'error') {
      errors++
      console.error(line)
    }
    else {
      warnings++
      console.warn(line)
    }
  }
}
console.log(`${files.length} dataset(s): ${errors} error(s), ${warnings} warning(s).`)
process.exitCode = errors ? 1 : 0
