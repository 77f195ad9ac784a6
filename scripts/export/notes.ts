import type { ExportServer } from '../slidev-server.ts'
import { launchChromium } from '../browser.ts'
import { CommandError } from '../cli/command.ts'
import { loadDeckFile } from '../deck-file.ts'
import { startExportServer } from '../slidev-server.ts'
import { printPdf } from './print.ts'

// Slidev's `export-notes`, with the located Chromium. Slidev's command launches
// Playwright's own browser and takes no path, so this does what it does
// (node_modules/@slidev/cli/dist/export-*.mjs, exportNotes): serve the deck in
// export mode, which is the only mode that has the /presenter/print page, and
// print that page to PDF.

const TIMEOUT = 60_000

export async function exportNotes({ entry, output, browser }: { entry: string, output: string, browser: string }): Promise<void> {
  const deck = await loadDeckFile(entry)
  if (!deck.slides.some(slide => slide.note?.trim()))
    console.warn(`${entry} has no speaker notes: the PDF will hold only the title.`)

  console.log(`Printing the speaker notes of ${entry} from Slidev's /presenter/print...`)
  let server: ExportServer | undefined
  const chrome = await launchChromium(browser)
  try {
    server = await startExportServer(entry)
    const page = await (await chrome.newContext()).newPage()
    const url = `${server.url}/presenter/print`
    const response = await page.goto(url, { waitUntil: 'networkidle', timeout: TIMEOUT })
    if (!response?.ok())
      throw new CommandError(`${url} answered ${response?.status() ?? 'nothing'}.`)
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT })
    // The print page's own title; absent means Slidev showed something else (an error, or no print route).
    await page.locator('#page-root h1').waitFor({ timeout: TIMEOUT })
    await page.emulateMedia({ media: 'screen' })
    await printPdf(page, output)
  }
  finally {
    await chrome.close()
    await server?.close()
  }
}
