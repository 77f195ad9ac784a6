import { access, mkdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { formatError } from './dataset/errors.ts'
import { parseDataset } from './dataset/load.ts'
import { SLUG } from './dataset/schema.ts'
import { scaffold } from './scaffold.ts'

// `npm run new -- <name> "<Subject A>" "<Subject B>" [...]` writes data/<name>.yaml.

const USAGE = `Usage: npm run new -- <name> "<Subject A>" "<Subject B>" ["<Subject C>" ["<Subject D>"]] [--dir <folder>]
  <name>: lowercase letters, digits and -, e.g. go-vs-rust; 2 to 4 subjects.
  --dir:  the folder to write <name>.yaml to (default: data)`

function usage(reason: string): never {
  console.error(`${reason}\n${USAGE}`)
  process.exit(2)
}

let args
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: 'data' },
    },
  })
}
catch (error) {
  usage((error as Error).message)
}
const [name, ...subjects] = args.positionals
if (!name || !SLUG.test(name))
  usage(`"${name ?? ''}" is not a dataset name.`)
if (subjects.length < 2 || subjects.length > 4 || subjects.some(s => !s.trim()))
  usage(`A comparison needs 2 to 4 named subjects, got ${subjects.length}.`)
const dir = args.values.dir
const file = join(dir, `${name}.yaml`)
if (await access(file).then(() => true, () => false)) {
  console.error(`${file} already exists; pick another name or edit that file.`)
  process.exit(1)
}
const schema = relative(dir, join('data', 'schema.json')).replaceAll('\\', '/')
const yaml = scaffold(subjects, {
  today: new Date(),
  schema: schema.startsWith('.')
    ? schema
    : `./${schema}`,
})
const checked = parseDataset(yaml, file)
if (!checked.ok) {
  checked.errors.forEach(e => console.error(formatError(e)))
  process.exit(1)
}
await mkdir(dir, { recursive: true })
await writeFile(file, yaml, { flag: 'wx' })
console.log(`${file} written. Replace the TODOs, then present it live: npm run dev -- --data ${file}`)
