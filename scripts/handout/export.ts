import type { HandoutDeck } from './deck.ts'
import type { Paper, PerPage, SlideSize } from './page.ts'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { launchChromium, requireChromium } from '../browser.ts'
import { CommandError } from '../cli/command.ts'
import { printPdf } from '../export/print.ts'
import { slidevExport } from '../export/slidev.ts'
import { readHandoutDeck } from './deck.ts'
import { fitRules, fitSheets, handoutHtml, inlineFontFaces } from './page.ts'
import { pdfPageSizes, placeSlides } from './place.ts'

// The handout export (`versus export --format handout`) as functions: Slidev
// exports the deck to a PDF once (the slow part), and its pages can then be
// laid out and printed in as many layouts as wanted.

export interface HandoutOptions {
  /** The deck's markdown entry, relative to the working directory. */
  entry: string
  /** The PDF to write (its folder must exist: export/output.ts prepareOutput). */
  output: string
  perPage: PerPage
  paper: Paper
  /** Slides renderSlides already exported from `entry`: lay them out without running Slidev again. */
  slides?: RenderedSlides
  /** The browser to use; default the located one (CHROMIUM_PATH, an installed one, the bundled one). */
  browser?: string
  /** Where progress and warnings go; default the console. */
  log?: HandoutLog
}

export interface HandoutLog {
  info: (message: string) => void
  warn: (message: string) => void
}

export interface RenderedSlides {
  deck: HandoutDeck
  /** Absolute path of a PDF with a page per slide of `deck.slides`, in order. */
  pdf: string
  /** The slides' page size, in points. */
  size: SlideSize
}

const CONSOLE: HandoutLog = {
  info: message => console.log(message),
  warn: message => console.warn(message),
}

/** Reads the deck and has Slidev export its slides to a PDF in `dir` (which the caller owns). */
export async function renderSlides(entry: string, dir: string, browser?: string, log: HandoutLog = CONSOLE): Promise<RenderedSlides> {
  const deck = await readHandoutDeck(entry)
  if (!deck.slides.length)
    throw new CommandError(`${entry} has no slides.`)
  log.info(`Rendering ${deck.slides.length} slides of ${entry} with Slidev...`)
  const pdf = join(resolve(dir), 'slides.pdf')
  await slidevExport({
    entry,
    format: 'slides',
    output: pdf,
    browser: browser ?? await requireChromium(),
    quiet: true,
  })
  return renderedSlides(deck, pdf)
}

/** The slides of `deck` in `pdf`, a PDF export of it with a page per slide and no click steps. */
export async function renderedSlides(deck: HandoutDeck, pdf: string): Promise<RenderedSlides> {
  const sizes = await pdfPageSizes(await readFile(pdf))
  if (sizes.length !== deck.slides.length)
    throw new CommandError(`Slidev's PDF export has ${sizes.length} pages for ${deck.slides.length} slides.`)
  return {
    deck,
    pdf: resolve(pdf),
    size: sizes[0]!,
  }
}

/**
 * The slides of the deck at `entry` in `pdf`, a PDF export of it, when it has
 * a page per slide; undefined when it has not (exported with click steps).
 */
export async function slidesInPdf(entry: string, pdf: string): Promise<RenderedSlides | undefined> {
  return renderedSlides(await readHandoutDeck(entry), pdf).catch((error: unknown) => {
    if (error instanceof CommandError)
      return undefined
    throw error
  })
}

/**
 * Lays out rendered slides and prints them to `output` (an absolute path whose
 * folder exists). Returns the numbers of the slides whose notes did not fit
 * their sheet even in the smallest type, and so run onto another page.
 */
export async function printHandout(slides: RenderedSlides, output: string, layout: { perPage: PerPage, paper: Paper }, browser?: string): Promise<number[]> {
  const work = await mkdtemp(join(tmpdir(), 'versus-handout-'))
  try {
    const page = join(work, 'handout.html')
    const printed = join(work, 'handout.pdf')
    await writeFile(page, handoutHtml(slides.deck, slides.size, await inlineFontFaces(), layout))
    const chrome = await launchChromium(browser ?? await requireChromium())
    let spills: number[]
    try {
      const tab = await chrome.newPage()
      await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' })
      await tab.evaluate(() => document.fonts.ready.then(() => undefined))
      const rules = fitRules(layout.perPage)
      spills = rules
        ? await tab.evaluate(fitSheets, rules)
        : []
      await printPdf(tab, printed, { paper: layout.paper, outline: true })
    }
    finally {
      await chrome.close()
    }
    const [handout, pages] = await Promise.all([
      readFile(printed),
      readFile(slides.pdf),
    ])
    await writeFile(output, await placeSlides(handout, pages))
    return spills
  }
  finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** Renders the deck's slides (unless `options.slides` has them), lays them out and writes the PDF; returns its path. */
export async function exportHandout(options: HandoutOptions): Promise<string> {
  const { entry, output, perPage, paper, log = CONSOLE } = options
  const browser = options.browser ?? await requireChromium()
  const work = options.slides
    ? undefined
    : await mkdtemp(join(tmpdir(), 'versus-handout-slides-'))
  try {
    const slides = options.slides ?? await renderSlides(entry, work!, browser, log)
    const spills = await printHandout(slides, output, { perPage, paper }, browser)
    for (const no of spills) {
      log.warn(`Slide ${no}: its notes do not fit even in ${perPage === 1
        ? 'small type'
        : 'small type beside a smaller slide'}; they continue on the next page.`)
    }
    return output
  }
  finally {
    if (work)
      await rm(work, { recursive: true, force: true })
  }
}
