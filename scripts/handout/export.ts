import type { HandoutDeck } from './deck.ts'
import type { Paper, PerPage } from './page.ts'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { launchChromium, requireChromium } from '../browser.ts'
import { CommandError } from '../cli/command.ts'
import { printPdf } from '../export/print.ts'
import { slidevExport } from '../export/slidev.ts'
import { readHandoutDeck } from './deck.ts'
import { fitRules, fitSheets, handoutHtml, inlineFontFaces } from './page.ts'

// The handout export (`versus export --format handout`) as functions: Slidev renders each slide to a PNG once (the slow part), and those
// images can then be laid out and printed in as many layouts as wanted.

export interface HandoutOptions {
  /** The deck's markdown entry, relative to the working directory. */
  entry: string
  /** The PDF to write (its folder must exist: export/output.ts prepareOutput). */
  output: string
  perPage: PerPage
  paper: Paper
  /** Images renderSlides already made of `entry`: lay them out without running Slidev again. */
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
  /** Absolute path of each slide's PNG, in the order of `deck.slides`. */
  images: string[]
}

const CONSOLE: HandoutLog = {
  info: message => console.log(message),
  warn: message => console.warn(message),
}

/** The PNG of each slide number: Slidev names them `<no>.png` (or `<no padded>.png` per slide). */
async function slideImages(dir: string, numbers: number[]): Promise<string[]> {
  const byNumber = new Map<number, string>()
  for (const name of await readdir(dir)) {
    const match = /^(\d+)\.png$/.exec(name)
    if (match)
      byNumber.set(Number(match[1]), name)
  }
  const missing = numbers.filter(no => !byNumber.has(no))
  if (missing.length)
    throw new CommandError(`Slidev's PNG export has no image for slide(s) ${missing.join(', ')}.`)
  return numbers.map(no => join(dir, byNumber.get(no)!))
}

/** Reads the deck and has Slidev render each of its slides to a PNG in `dir` (which the caller owns). */
export async function renderSlides(entry: string, dir: string, browser?: string, log: HandoutLog = CONSOLE): Promise<RenderedSlides> {
  const deck = await readHandoutDeck(entry)
  if (!deck.slides.length)
    throw new CommandError(`${entry} has no slides.`)
  log.info(`Rendering ${deck.slides.length} slides of ${entry} with Slidev...`)
  await slidevExport({
    entry,
    format: 'png',
    output: resolve(dir),
    browser: browser ?? await requireChromium(),
    quiet: true,
  })
  return renderedSlides(deck, dir)
}

/** The slides of `deck` as Slidev's PNG export of it left them in `dir` (`versus export --format png`). */
export async function renderedSlides(deck: HandoutDeck, dir: string): Promise<RenderedSlides> {
  return { deck, images: await slideImages(resolve(dir), deck.slides.map(s => s.no)) }
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
    const images = slides.images.map(image => relative(work, image))
    await writeFile(page, handoutHtml(slides.deck, images, await inlineFontFaces(), layout))
    const chrome = await launchChromium(browser ?? await requireChromium())
    try {
      const tab = await chrome.newPage()
      await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' })
      await tab.evaluate(() => document.fonts.ready.then(() => undefined))
      const rules = fitRules(layout.perPage)
      const spills = rules
        ? await tab.evaluate(fitSheets, rules)
        : []
      await printPdf(tab, output, { paper: layout.paper, outline: true })
      return spills
    }
    finally {
      await chrome.close()
    }
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
    : await mkdtemp(join(tmpdir(), 'versus-handout-png-'))
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
