import type { ExportFormat } from '../../export/output.ts'
import { existsSync } from 'node:fs'
import { loadDeckFile } from '../../deck-file.ts'
import { exportNotes } from '../../export/notes.ts'
import { displayPath, exportPath, extensionOf, FORMATS, prepareOutput, requireChromium, withExtension } from '../../export/output.ts'
import { slidevExport } from '../../export/slidev.ts'
import { exportHandout } from '../../handout/export.ts'
import { defineCommand, oneOf, UsageError } from '../command.ts'

/** The formats versus prints itself, to a PDF it names. */
const OWN: readonly ExportFormat[] = ['handout', 'notes']

export default defineCommand({
  name: 'export',
  summary: 'Export a deck: a PDF, one with every click step, PNGs, a PPTX, a handout or the speaker notes.',
  synopsis: '[deck.md] [--format pdf|clicks|png|pptx|handout|notes] [--out <file>] [-- <slidev export options>]',
  positionals: { min: 0, max: 1, name: 'deck' },
  passThrough: 'slidev export',
  options: {
    format: { type: 'string', short: 'f', default: 'pdf' },
    out: { type: 'string', short: 'o' },
  },
  help: [
    ['deck.md', 'the deck; default slides.md'],
    ['-f, --format <name>', 'pdf: a page per slide, with an outline (default)\nclicks: a page per click step\npng: a folder of images, one per slide\npptx: PowerPoint, one image per slide, notes included\nhandout: A4, each slide with its speaker notes\nnotes: the speaker notes alone, as Slidev prints them'],
    ['-o, --out <file>', 'where to write; default <exportFilename><suffix> from the deck\'s headmatter\n(exports/node-vs-django.pdf, -clicks.pdf, -png/, .pptx, -handout.pdf, -notes.pdf)'],
    ['-- <options>', 'for pdf, clicks, png and pptx: more of slidev export\'s own options'],
  ],
  examples: [
    'versus export',
    'versus export --format pptx',
    'versus export talk.talk.md -f handout -o handout.pdf',
    'versus export -f png -- --range 1-5 --dark',
  ],
  exits: '1 no browser or the export failed',
  async run(values, [entry = 'slides.md'], passThrough) {
    const format = oneOf('format', values.format, FORMATS)
    if (!entry.endsWith('.md'))
      throw new UsageError(`the deck must be a .md file, got ${JSON.stringify(entry)}`)
    if (!existsSync(entry))
      throw new UsageError(`${entry} does not exist`)
    const chosen = values.out === undefined
      ? undefined
      : withExtension(values.out, format)
    if (values.out !== undefined && chosen === undefined)
      throw new UsageError(`--out ${JSON.stringify(values.out)}: --format ${format} writes a ${extensionOf(format)} file`)
    if (OWN.includes(format) && passThrough.length)
      throw new UsageError(`--format ${format} takes no slidev options after --`)
    const browser = await requireChromium()
    const deck = await loadDeckFile(entry)
    const output = await prepareOutput(chosen ?? exportPath(entry, deck.headmatter.exportFilename, format))
    if (format === 'handout') {
      await exportHandout({ entry, output, browser })
    }
    else if (format === 'notes') {
      await exportNotes({ entry, output, browser })
    }
    else {
      await slidevExport({
        entry,
        format,
        output,
        browser,
        extra: passThrough,
      })
    }
    console.log(displayPath(output))
    return 0
  },
})
