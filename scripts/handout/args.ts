import type { ExportArgs } from './cli.ts'
import type { Paper, PerPage } from './page.ts'
import { parseArgs } from 'node:util'
import { checkExportArgs, ExportError } from './cli.ts'
import { checkLayout } from './export.ts'
import { PAPERS } from './page.ts'

// `npm run export:handout`'s command line, apart from the script so that it
// can be tested without running an export.

export const HANDOUT_USAGE = `Usage: npm run export:handout -- [entry.md] [--output <file.pdf>] [--per-page 1|2|3|6] [--paper A4|Letter]

  entry.md           the deck                   default: slides.md
  -o, --output <f>   the PDF to write           default: <exportFilename>-handout.pdf
  --per-page <n>     slides per page            default: 1
                       1, 2  each slide with its speaker notes beneath
                       3     each slide beside ruled lines for the reader's notes
                       6     slides only, two columns of three
  --paper <size>     A4 or Letter               default: A4

Exit codes: 0 written, 1 no browser or the export failed, 2 bad usage or no such deck.`

export interface HandoutArgs extends ExportArgs {
  perPage: PerPage
  paper: Paper
}

/** Parses the handout's arguments; throws ExportError (code 2) on bad usage or a missing deck. */
export function parseHandoutArgs(argv: string[]): HandoutArgs | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        'output': { type: 'string', short: 'o' },
        'per-page': { type: 'string', default: '1' },
        'paper': { type: 'string', default: 'A4' },
        'help': { type: 'boolean', short: 'h' },
      },
    })
  }
  catch (error) {
    throw new ExportError(`${(error as Error).message}\n\n${HANDOUT_USAGE}`, 2)
  }
  if (parsed.values.help)
    return 'help'
  const raw = parsed.values['per-page']
  const perPage = /^\d+$/.test(raw)
    ? Number(raw)
    : raw
  // Paper names as people type them: `letter` and `a4` too.
  const paper = Object.keys(PAPERS).find(name => name.toLowerCase() === parsed.values.paper.toLowerCase()) ?? parsed.values.paper
  checkLayout(perPage, paper)
  return {
    ...checkExportArgs(parsed.positionals, parsed.values.output, HANDOUT_USAGE),
    perPage: perPage as PerPage,
    paper: paper as Paper,
  }
}
