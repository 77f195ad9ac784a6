import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { launchChromium } from '../browser.ts'
import { CommandError } from '../cli/command.ts'
import { printPdf } from '../export/print.ts'
import { slidevExport } from '../export/slidev.ts'
import { readHandoutDeck } from './deck.ts'
import { fitSheets, handoutHtml, inlineFontFaces } from './page.ts'

// A handout: an A4 PDF with one page per slide, the slide image on top and its
// speaker notes beneath. Slidev renders the images (its PNG export, with the
// located Chromium); the notes come from the deck's markdown.

/** The PNG of each slide number: Slidev names them `<no>.png`. */
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
  return numbers.map(no => byNumber.get(no)!)
}

export async function exportHandout({ entry, output, browser }: { entry: string, output: string, browser: string }): Promise<void> {
  const deck = await readHandoutDeck(entry)
  if (!deck.slides.length)
    throw new CommandError(`${entry} has no slides.`)
  const work = await mkdtemp(join(tmpdir(), 'versus-handout-'))
  try {
    console.log(`Rendering ${deck.slides.length} slides of ${entry} with Slidev...`)
    const pngDir = join(work, 'png')
    await slidevExport({
      entry,
      format: 'png',
      output: pngDir,
      browser,
      quiet: true,
    })
    const images = await slideImages(pngDir, deck.slides.map(s => s.no))
    const page = join(work, 'handout.html')
    await writeFile(page, handoutHtml(deck, images.map(name => `png/${name}`), await inlineFontFaces()))

    const chrome = await launchChromium(browser)
    try {
      const tab = await chrome.newPage()
      await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' })
      await tab.evaluate(() => document.fonts.ready.then(() => undefined))
      const spills = await tab.evaluate(fitSheets)
      for (const no of spills)
        console.warn(`Slide ${no}: its notes do not fit one page even in small type; they continue on the next page.`)
      await printPdf(tab, output, { paper: 'A4', outline: true })
    }
    finally {
      await chrome.close()
    }
  }
  finally {
    await rm(work, { recursive: true, force: true })
  }
}
