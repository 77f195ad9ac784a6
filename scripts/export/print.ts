import type { Page } from 'playwright-core'

// Printing a page that lays itself out for paper (`@page` rules), the way
// every PDF of ours is printed: backgrounds on, no margins of Chromium's own,
// tagged for screen readers, with an outline from the headings when asked.

/** `paper` is Chromium's name for the sheet (A4, Letter); the page's own `@page` size wins where it has one. */
export async function printPdf(page: Page, path: string, { paper, outline = false }: { paper?: string, outline?: boolean } = {}): Promise<void> {
  await page.pdf({
    path,
    format: paper,
    printBackground: true,
    preferCSSPageSize: true,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    outline,
    tagged: true,
  })
}
