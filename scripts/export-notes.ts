import type { ViteDevServer } from 'vite'
import process from 'node:process'
import { createServer, resolveOptions } from '@slidev/cli'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS } from './browser.ts'
import { defaultOutput, displayPath, ExportError, parseExportArgs, prepareOutput, requireChromium, runExport } from './handout/cli.ts'
import { freePort } from './slidev-server.ts'

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
  const options = await resolveOptions({ entry: args.entry }, 'export')
  const output = await prepareOutput(args.output ?? defaultOutput(args.entry, options.data.config.exportFilename, 'notes'))
  if (!options.data.slides.some(slide => slide.note?.trim()))
    console.warn(`${args.entry} has no speaker notes: the PDF will hold only the title.`)

  console.log(`Printing the speaker notes of ${args.entry} from Slidev's /presenter/print...`)
  const port = await freePort()
  let server: ViteDevServer | undefined
  const chrome = await chromium.launch({ executablePath: browser, args: CHROMIUM_ARGS })
  try {
    server = await createServer(options, {
      server: { port, strictPort: true, host: '127.0.0.1' },
      clearScreen: false,
      logLevel: 'warn',
    })
    await server.listen(port)
    const page = await (await chrome.newContext()).newPage()
    const url = `http://127.0.0.1:${port}/presenter/print`
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
