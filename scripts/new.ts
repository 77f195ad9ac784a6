import { access, mkdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { formatError } from './dataset/errors.ts'
import { parseDataset } from './dataset/load.ts'
import { SLUG } from './dataset/schema.ts'
import { sectionsDirFor, talkFileFor } from './paths.ts'
import { scaffold } from './scaffold.ts'
import { scaffoldTalk } from './talk.ts'

// `npm run new -- <name> "<Subject A>" "<Subject B>" [...] [--talk]` writes
// data/<name>.yaml, and with --talk your own deck around it, <name>.talk.md.

const USAGE = `Usage: npm run new -- <name> "<Subject A>" "<Subject B>" ["<Subject C>" ["<Subject D>"]] [--dir <folder>] [--talk]
  <name>: lowercase letters, digits and -, e.g. go-vs-rust; 2 to 4 subjects.
  --dir:  the folder to write <name>.yaml to (default: data)
  --talk: also write <name>.talk.md, your own deck that imports each section of the
          comparison, with a speaker slide, a slide between sections and a closing slide`

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
      talk: { type: 'boolean', default: false },
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
const talk = args.values.talk
  ? talkFileFor(file)
  : undefined
if (talk && await access(talk).then(() => true, () => false)) {
  console.error(`${talk} already exists; pick another name or edit that file.`)
  process.exit(1)
}
await mkdir(dir, { recursive: true })
await writeFile(file, yaml, { flag: 'wx' })
if (!talk) {
  console.log(`${file} written. Replace the TODOs, then present it live: npm run dev -- --data ${file}`)
}
else {
  await writeFile(talk, scaffoldTalk(checked.dataset, {
    data: file,
    sections: sectionsDirFor(file),
    talk,
    exportName: name,
  }), { flag: 'wx' })
  console.log(`${file} and ${talk} written. Replace the TODOs, then present your talk live: npm run dev -- --data ${file} --talk ${talk}`)
}
