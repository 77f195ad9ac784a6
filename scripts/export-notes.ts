import type { ExportServer } from './slidev-server.ts'
import process from 'node:process'
import { launchChromium } from './browser.ts'
import { loadDeckFile } from './deck-file.ts'
import { defaultOutput, displayPath, ExportError, parseExportArgs, prepareOutput, requireChromium, runExport } from './handout/cli.ts'
import { startExportServer } from './slidev-server.ts'

// `npm run export:notes`: Slidev's `export-notes`, with the located Chromium.
// Slidev's command launches Playwright's own browser and takes no path, so this
// does what it does (node_modules/@slidev/cli/dist/export-*.mjs, exportNotes):
// serve the deck in export mode, which is the only mode that has the
// /presenter/print page, and print that page to PDF.

const USAGE = `Usage: npm run export:notes -- [entry.md] [--output <file.pdf>]

  entry.md         the deck                   default: slides.md
  --output <file>  the PDF to write           default: <exportFilename>-notes.pdf

Exit codes: 0 written, 1 no browser or the export failed, 2 bad usage or no such deck.`

const TIMEOUT = 60_000

async function main(): Promise<void> {
  const args = parseExportArgs(process.argv.slice(2), USAGE)
  if (args === 'help') {
    console.log(USAGE)
    return
  }
  const browser = await requireChromium()
  const deck = await loadDeckFile(args.entry)
  const output = await prepareOutput(args.output ?? defaultOutput(args.entry, deck.headmatter.exportFilename, 'notes'))
  if (!deck.slides.some(slide => slide.note?.trim()))
    console.warn(`${args.entry} has no speaker notes: the PDF will hold only the title.`)

  console.log(`Printing the speaker notes of ${args.entry} from Slidev's /presenter/print...`)
  let server: ExportServer | undefined
  const chrome = await launchChromium(browser)
  try {
    server = await startExportServer(args.entry)
    const page = await (await chrome.newContext()).newPage()
    const url = `${server.url}/presenter/print`
    const response = await page.goto(url, { waitUntil: 'networkidle', timeout: TIMEOUT })
    if (!response?.ok())
      throw new ExportError(`${url} answered ${response?.status() ?? 'nothing'}.`)
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT })
    // The print page's own title; absent means Slidev showed something else (an error, or no print route).
    await page.locator('#page-root h1').waitFor({ timeout: TIMEOUT })
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({
      path: output,
      margin: { left: 0, top: 0, right: 0, bottom: 0 },
      printBackground: true,
      preferCSSPageSize: true,
    })
  }
  finally {
    await chrome.close()
    await server?.close()
  }
  console.log(displayPath(output))
}

await runExport('export:notes', main)
