import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LineCounter, parseDocument } from 'yaml'
import { formatError, toDatasetError } from '../../dataset/errors.ts'
import { lintDataset } from '../../dataset/lint.ts'
import { loadDataset } from '../../dataset/load.ts'
import { defineCommand, UsageError } from '../command.ts'

export default defineCommand({
  name: 'lint',
  summary: 'Validate datasets and check their sourcing; exit 1 on any error.',
  synopsis: '[--data <file>]... [--strict] [--today YYYY-MM-DD]',
  positionals: { min: 0, max: Infinity, name: 'datasets' },
  options: {
    data: { type: 'string', multiple: true },
    strict: { type: 'boolean', default: false },
    today: { type: 'string' },
  },
  help: [
    ['--data <file>', 'a dataset to check (repeatable; files may also follow the options);\ndefault every dataset in data/'],
    ['--strict', 'every claim cites a source where it stands (pros, cons, best-for items,\ndetail bullets, verdict points, diagrams, examples, subjects), and no number\nstands where nothing can cite it'],
    ['--today <day>', 'judge source ages as of this day (YYYY-MM-DD); default today'],
  ],
  examples: [
    'versus lint',
    'versus lint --data data/node-vs-django.yaml --strict',
  ],
  exits: '1 an invalid dataset or an error-level finding',
  async run(values, positionals, _passThrough, io) {
    const today = values.today === undefined
      ? new Date()
      : new Date(values.today)
    if (Number.isNaN(today.getTime()) || (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)))
      throw new UsageError(`--today must be a date, YYYY-MM-DD; got ${JSON.stringify(values.today)}`)
    const given = [
      ...values.data ?? [],
      ...positionals,
    ]
    const files = given.length
      ? given
      : (await readdir('data')).filter(f => /\.(?:ya?ml|json)$/.test(f) && f !== 'schema.json').map(f => join('data', f))

    let errors = 0
    let warnings = 0
    for (const file of files) {
      const loaded = await loadDataset(file)
      if (!loaded.ok) {
        loaded.errors.forEach(e => io.err(formatError(e)))
        errors += loaded.errors.length
        continue
      }
      const lineCounter = new LineCounter()
      const doc = parseDocument(await readFile(file, 'utf8'), { lineCounter })
      for (const finding of lintDataset(loaded.dataset, today, { strict: values.strict })) {
        const located = toDatasetError(finding, file, doc, lineCounter)
        const line = formatError({ ...located, message: `${finding.level}: ${finding.message}` })
        if (finding.level === 'error') {
          errors++
          io.err(line)
        }
        else {
          warnings++
          io.err(line)
        }
      }
    }
    io.out(`${files.length} dataset(s): ${errors} error(s), ${warnings} warning(s).`)
    return errors
      ? 1
      : 0
  },
})
