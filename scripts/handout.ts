import process from 'node:process'
import { HANDOUT_USAGE, parseHandoutArgs } from './handout/args.ts'
import { displayPath, runExport } from './handout/cli.ts'
import { exportHandout } from './handout/export.ts'

// `npm run export:handout`: a PDF of the deck's slides, 1, 2, 3 or 6 to a page
// on A4 or US Letter, with the speaker notes at 1 and 2 to a page. The work is
// exportHandout's (handout/export.ts); this is its command line.

await runExport('export:handout', async () => {
  const args = parseHandoutArgs(process.argv.slice(2))
  if (args === 'help') {
    console.log(HANDOUT_USAGE)
    return
  }
  console.log(displayPath(await exportHandout(args)))
})
