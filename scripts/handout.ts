import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { launchChromium } from './browser.ts'
import { defaultOutput, displayPath, ExportError, parseExportArgs, prepareOutput, requireChromium, runExport, SLIDEV_BIN } from './handout/cli.ts'
import { readHandoutDeck } from './handout/deck.ts'
import { FIT, fitSheets, handoutHtml, inlineFontFaces } from './handout/page.ts'

// `npm run export:handout`: an A4 PDF with one page per slide, the slide image
// on top and its speaker notes beneath. Slidev renders the images (its PNG
// export, with the located Chromium); the notes come from the deck's markdown.

const USAGE = `Usage: npm run export:handout -- [entry.md] [--output <file.pdf>]

  entry.md         the deck                   default: slides.md
  --output <file>  the PDF to write           default: <exportFilename>-handout.pdf

Exit codes: 0 written, 1 no browser or the export failed, 2 bad usage or no such deck.`

/** Runs `slidev export --format png` into `dir`; its output is shown only if it fails. */
function exportPngs(entry: string, dir: string, browser: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      SLIDEV_BIN,
      'export',
      entry,
      '--format',
      'png',
      '--output',
      dir,
      '--executable-path',
      browser,
      // One image per slide, named by its number, whatever the headmatter's `export` says.
      '--with-clicks=false',
    ], {
      env: { ...process.env, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let log = ''
    child.stdout.on('data', (d: Buffer) => (log += d))
    child.stderr.on('data', (d: Buffer) => (log += d))
    child.on('error', reject)
    child.on('exit', code => code === 0
      ? resolve()
      : reject(new ExportError(`${log.trimEnd()}\n\nslidev export --format png exited with ${code}.`)))
  })
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
    throw new ExportError(`Slidev's PNG export has no image for slide(s) ${missing.join(', ')}.`)
  return numbers.map(no => byNumber.get(no)!)
}

async function main(): Promise<void> {
  const args = parseExportArgs(process.argv.slice(2), USAGE)
  if (args === 'help') {
    console.log(USAGE)
    return
  }
  const browser = await requireChromium()
  const deck = await readHandoutDeck(args.entry)
  if (!deck.slides.length)
    throw new ExportError(`${args.entry} has no slides.`)
  const output = await prepareOutput(args.output ?? defaultOutput(args.entry, deck.exportFilename, 'handout'))

  const work = await mkdtemp(join(tmpdir(), 'versus-handout-'))
  try {
    console.log(`Rendering ${deck.slides.length} slides of ${args.entry} with Slidev...`)
    const pngDir = join(work, 'png')
    await exportPngs(args.entry, pngDir, browser)
    const images = await slideImages(pngDir, deck.slides.map(s => s.no))
    const page = join(work, 'handout.html')
    await writeFile(page, handoutHtml(deck, images.map(name => `png/${name}`), await inlineFontFaces()))

    const chrome = await launchChromium(browser)
    try {
      const tab = await chrome.newPage()
      await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' })
      await tab.evaluate(() => document.fonts.ready.then(() => undefined))
      const spills = await tab.evaluate(fitSheets, FIT[1])
      for (const no of spills)
        console.warn(`Slide ${no}: its notes do not fit one page even in small type; they continue on the next page.`)
      await tab.pdf({
        path: output,
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        margin: { top: 0, right: 0, bottom: 0, left: 0 },
        outline: true,
        tagged: true,
      })
    }
    finally {
      await chrome.close()
    }
  }
  finally {
    await rm(work, { recursive: true, force: true })
  }
  console.log(displayPath(output))
}

await runExport('export:handout', main)
