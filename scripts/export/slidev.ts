import { runSlidev } from '../slidev-server.ts'

// `slidev export` with the Chromium found on this machine: Slidev itself only
// knows Playwright's downloaded browser.

export type SlidevFormat = 'pdf' | 'clicks' | 'png' | 'pptx' | 'slides'

/** Slidev's options for each format; the PDFs carry an outline of the slide titles. */
const FORMAT_ARGS: Record<SlidevFormat, string[]> = {
  pdf: ['--format', 'pdf', '--with-toc'],
  clicks: [
    '--format',
    'pdf',
    '--with-toc',
    '--with-clicks',
  ],
  // One image per slide, named by its number, whatever the headmatter's `export` says.
  png: ['--format', 'png', '--with-clicks=false'],
  pptx: ['--format', 'pptx', '--no-with-clicks'],
  // The handout's slides (handout/export.ts): a PDF page per slide, whatever the headmatter's `export` says.
  slides: [
    '--format',
    'pdf',
    '--with-clicks=false',
    '--with-toc=false',
  ],
}

export interface SlidevExport {
  entry: string
  format: SlidevFormat
  /** The file (a folder for png); Slidev adds .pdf or .pptx when it is missing. */
  output: string
  browser: string
  /** More of Slidev's own export options, e.g. `--range 1-5`. */
  extra?: string[]
  /** Show Slidev's output only if it fails. */
  quiet?: boolean
}

/**
 * How long Slidev may take to render the print page: its default, 30 s, is
 * short for a deck of diagrams on a busy two-core machine.
 */
const RENDER_TIMEOUT_MS = 120_000

export async function slidevExport({ entry, format, output, browser, extra = [], quiet = false }: SlidevExport): Promise<void> {
  await runSlidev([
    'export',
    entry,
    ...FORMAT_ARGS[format],
    '--output',
    output,
    '--executable-path',
    browser,
    // Unless the user set their own: Slidev would read two as a list.
    ...extra.some(arg => /^--timeout(?:=|$)/.test(arg))
      ? []
      : [
          '--timeout',
          String(RENDER_TIMEOUT_MS),
        ],
    ...extra,
  ], { quiet })
}
