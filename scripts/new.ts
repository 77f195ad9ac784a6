import { access, writeFile } from 'node:fs/promises'
import process from 'node:process'
import { formatError } from './dataset/errors.ts'
import { parseDataset } from './dataset/load.ts'
import { SLUG } from './dataset/schema.ts'
import { scaffold } from './scaffold.ts'

// `npm run new -- <name> "<Subject A>" "<Subject B>" [...]` writes data/<name>.yaml.

const [name, ...subjects] = process.argv.slice(2)
const USAGE = 'Usage: npm run new -- <name> "<Subject A>" "<Subject B>" ["<Subject C>" ["<Subject D>"]]'
if (!name || !SLUG.test(name) || subjects.length < 2 || subjects.length > 4 || subjects.some(s => !s.trim())) {
  console.error(`${USAGE}\n  <name>: lowercase letters, digits and -, e.g. go-vs-rust; 2 to 4 subjects.`)
  process.exit(2)
}
const file = `data/${name}.yaml`
if (await access(file).then(() => true, () => false)) {
  console.error(`${file} already exists; pick another name or edit that file.`)
  process.exit(1)
}
const yaml = scaffold(subjects)
const checked = parseDataset(yaml, file)
if (!checked.ok) {
  checked.errors.forEach(e => console.error(formatError(e)))
  process.exit(1)
}
await writeFile(file, yaml, { flag: 'wx' })
console.log(`${file} written. Replace the TODOs, then present it live: npm run dev -- --data ${file}`)
