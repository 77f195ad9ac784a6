import { spawn } from 'node:child_process'
import { basename, extname } from 'node:path'
import process from 'node:process'
import { formatError } from './dataset/errors.ts'
import { generate } from './generate.ts'
import { SLIDEV_BIN } from './slidev-server.ts'

// `npm run dev [-- --data <dataset>] [slidev options]`: present any dataset.
// The deck is generated next to slides.md as <name>.md (Slidev looks for the
// project's components beside its entry), and regenerated on every save of
// the dataset by the live-data plugin in vite.config.ts.

const args = process.argv.slice(2)
const at = args.indexOf('--data')
let entry = 'slides.md'
if (at >= 0) {
  const data = args[at + 1]
  if (!data) {
    console.error('--data needs a dataset file: npm run dev -- --data data/<name>.yaml')
    process.exit(2)
  }
  args.splice(at, 2)
  entry = `${basename(data, extname(data))}.md`
  const result = await generate({ data, out: entry })
  if (result.status === 'invalid') {
    for (const error of result.errors)
      console.error(formatError(error))
    process.exit(1)
  }
}
const child = spawn(process.execPath, [
  SLIDEV_BIN,
  entry,
  '--open',
  'false',
  ...args,
], { stdio: 'inherit' })
child.on('exit', code => process.exit(code ?? 0))
