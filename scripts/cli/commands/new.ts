import { access, mkdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { formatError } from '../../dataset/errors.ts'
import { parseDataset } from '../../dataset/load.ts'
import { SLUG } from '../../dataset/schema.ts'
import { sectionsDirFor, talkFileFor } from '../../paths.ts'
import { scaffold } from '../../scaffold.ts'
import { scaffoldTalk } from '../../talk.ts'
import { CommandError, defineCommand, UsageError } from '../command.ts'

const exists = (file: string) => access(file).then(() => true, () => false)

export default defineCommand({
  name: 'new',
  summary: 'Scaffold a dataset for 2 to 4 subjects, and with --talk your own deck around it.',
  synopsis: '<name> <subject A> <subject B> [<subject C> [<subject D>]] [--out <folder>] [--talk]',
  positionals: { min: 1, max: 5, name: 'a name and 2 to 4 subjects' },
  options: {
    out: { type: 'string', short: 'o', default: 'data' },
    talk: { type: 'boolean', default: false },
  },
  help: [
    ['<name>', 'lowercase letters, digits and -, e.g. go-vs-rust'],
    ['-o, --out <folder>', 'the folder to write <name>.yaml to; default data'],
    ['--talk', 'also write <name>.talk.md, your own deck that imports each section of the\ncomparison, with a speaker slide, a slide between sections and a closing slide'],
  ],
  examples: [
    'versus new go-vs-rust Go Rust',
    'versus new web-frameworks Rails Laravel Phoenix --talk',
  ],
  exits: '1 the file exists or the scaffold is invalid',
  async run(values, [name, ...subjects], _passThrough, io) {
    if (!name || !SLUG.test(name))
      throw new UsageError(`${JSON.stringify(name ?? '')} is not a dataset name (lowercase letters, digits and -)`)
    if (subjects.length < 2 || subjects.some(s => !s.trim()))
      throw new UsageError(`a comparison needs 2 to 4 named subjects, got ${subjects.length}`)
    const dir = values.out
    const file = join(dir, `${name}.yaml`)
    if (await exists(file))
      throw new CommandError(`${file} already exists; pick another name or edit that file.`)
    const schema = relative(dir, join('data', 'schema.json')).replaceAll('\\', '/')
    const yaml = scaffold(subjects, {
      today: new Date(),
      schema: schema.startsWith('.')
        ? schema
        : `./${schema}`,
    })
    const checked = parseDataset(yaml, file)
    if (!checked.ok)
      throw new CommandError(checked.errors.map(formatError).join('\n'))
    const talk = values.talk
      ? talkFileFor(file)
      : undefined
    if (talk && await exists(talk))
      throw new CommandError(`${talk} already exists; pick another name or edit that file.`)
    await mkdir(dir, { recursive: true })
    await writeFile(file, yaml, { flag: 'wx' })
    if (!talk) {
      io.out(`${file} written. Replace the TODOs, then present it live: npm run dev -- --data ${file}`)
      return 0
    }
    await writeFile(talk, scaffoldTalk(checked.dataset, {
      data: file,
      sections: sectionsDirFor(file),
      talk,
      exportName: name,
    }), { flag: 'wx' })
    io.out(`${file} and ${talk} written. Replace the TODOs, then present your talk live: npm run dev -- --data ${file} --talk ${talk}`)
    return 0
  },
})
