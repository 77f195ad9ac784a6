import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { LineCounter, parseDocument } from 'yaml'
import { formatError, toDatasetError } from './dataset/errors.ts'
import { lintDataset } from './dataset/lint.ts'
import { loadDataset } from './dataset/load.ts'

// `npm run lint:data [-- <file>...]`: validity plus sourcing advice for every
// dataset in data/. Exit 1 when any file is invalid or has an error-level finding.

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
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
  for (const finding of lintDataset(loaded.dataset, new Date())) {
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
