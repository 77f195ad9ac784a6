import type { ExportFormat } from '../../export/output.ts'
import type { Paper, PerPage } from '../../handout/page.ts'
import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import { displayPath, exportPath, extensionOf, FORMATS, prepareOutput, withExtension } from '../../export/output.ts'
import { PAPERS, PER_PAGE } from '../../handout/page.ts'
import { defineCommand, oneOf, UsageError } from '../command.ts'

/** The formats versus prints itself, to a PDF it names. */
const OWN: readonly ExportFormat[] = ['handout', 'notes']

/** `--format pdf,handout`: each name checked, each once, in the order given. */
function formatsOf(value: string): ExportFormat[] {
  return [
    ...new Set(value.split(',').map(f => oneOf('format', f.trim(), FORMATS))),
  ]
}

export default defineCommand({
  name: 'export',
  summary: 'Export a deck: a PDF, one with every click step, PNGs, a PPTX, a handout or the speaker notes.',
  synopsis: '[deck.md] [--format pdf|clicks|png|pptx|handout|notes[,...]] [--out <file>] [-- <slidev export options>]',
  positionals: { min: 0, max: 1, name: 'deck' },
  passThrough: 'slidev export',
  options: {
    'format': { type: 'string', short: 'f', default: 'pdf' },
    'out': { type: 'string', short: 'o' },
    'per-page': { type: 'string' },
    'paper': { type: 'string' },
  },
  help: [
    ['deck.md', 'the deck; default slides.md'],
    ['-f, --format <name>', 'pdf: a page per slide, with an outline (default)\nclicks: a page per click step\npng: a folder of images, one per slide\npptx: PowerPoint, one image per slide, notes included\nhandout: each slide with its speaker notes, or N to a page\nnotes: the speaker notes alone, as Slidev prints them\nSeveral, comma-separated (pdf,handout), in one run: the handout\nis laid out from the PDF\'s pages instead of a second render'],
    ['-o, --out <file>', 'where to write; default <exportFilename><suffix> from the deck\'s headmatter\n(exports/node-vs-django.pdf, -clicks.pdf, -png/, .pptx, -handout.pdf, -notes.pdf);\nwith several formats, the name before the suffix (-o exports/talk)'],
    ['--per-page <n>', 'handout: slides per page; default 1\n  1, 2  each slide with its speaker notes beneath\n  3     each slide beside ruled lines for the reader\'s notes\n  6     slides only, two columns of three'],
    ['--paper <size>', 'handout: A4 or Letter; default A4'],
    ['-- <options>', 'for pdf, clicks, png and pptx alone: more of slidev export\'s own options'],
  ],
  examples: [
    'versus export',
    'versus export --format pptx',
    'versus export talk.talk.md -f handout -o handout.pdf',
    'versus export -f handout --per-page 3 --paper Letter',
    'versus export -f pdf,handout',
    'versus export -f png -- --range 1-5 --dark',
  ],
  exits: '1 no browser or the export failed',
  async run(values, [entry = 'slides.md'], passThrough, io) {
    const formats = formatsOf(values.format)
    if (!formats.includes('handout')) {
      for (const flag of ['per-page', 'paper'] as const) {
        if (values[flag] !== undefined)
          throw new UsageError(`--${flag} is for --format handout`)
      }
    }
    const perPage = Number(oneOf('per-page', values['per-page'] ?? '1', PER_PAGE.map(String))) as PerPage
    // Paper names as people type them: `letter` and `a4` too.
    const papers = Object.keys(PAPERS) as Paper[]
    const paper = oneOf('paper', papers.find(p => p.toLowerCase() === values.paper?.toLowerCase()) ?? values.paper ?? 'A4', papers)
    if (!entry.endsWith('.md'))
      throw new UsageError(`the deck must be a .md file, got ${JSON.stringify(entry)}`)
    if (!existsSync(entry))
      throw new UsageError(`${entry} does not exist`)
    const own = formats.find(f => OWN.includes(f))
    if (own && passThrough.length)
      throw new UsageError(`--format ${own} takes no slidev options after --`)
    const chosen = (format: ExportFormat): string | undefined => {
      if (values.out === undefined)
        return undefined
      if (formats.length > 1) {
        if (/\.[a-z]\w*$/i.test(basename(values.out)))
          throw new UsageError(`--out ${JSON.stringify(values.out)}: with several formats, name the files without an extension; each adds its own`)
        return exportPath(entry, values.out, format)
      }
      const file = withExtension(values.out, format)
      if (file === undefined)
        throw new UsageError(`--out ${JSON.stringify(values.out)}: --format ${format} writes a ${extensionOf(format)} file`)
      return file
    }
    const named = formats.map(format => ({
      format,
      out: chosen(format),
    }))
    // Loaded when the command runs, not for its --help.
    const [{ requireChromium }, { loadDeckFile }] = await Promise.all([
      import('../../browser.ts'),
      import('../../deck-file.ts'),
    ])
    const browser = await requireChromium()
    const deck = await loadDeckFile(entry)
    // The PDF first: a handout asked for beside it is laid out from its pages.
    named.sort((a, b) => Number(b.format === 'pdf') - Number(a.format === 'pdf'))
    let pdf: string | undefined
    for (const { format, out } of named) {
      const output = await prepareOutput(out ?? exportPath(entry, deck.headmatter.exportFilename, format))
      if (format === 'handout') {
        const { exportHandout, slidesInPdf } = await import('../../handout/export.ts')
        // Laid out from the PDF's pages when it has one per slide.
        const slides = pdf
          ? await slidesInPdf(entry, pdf)
          : undefined
        await exportHandout({
          entry,
          output,
          browser,
          perPage,
          paper,
          slides,
        })
      }
      else if (format === 'notes') {
        const { exportNotes } = await import('../../export/notes.ts')
        await exportNotes({ entry, output, browser })
      }
      else {
        const { slidevExport } = await import('../../export/slidev.ts')
        await slidevExport({
          entry,
          format,
          output,
          browser,
          extra: passThrough,
        })
        if (format === 'pdf')
          pdf = output
      }
      io.out(displayPath(output))
    }
    return 0
  },
})
