import type { Page } from 'playwright-core'

// Printing a page that lays itself out for paper (`@page` rules), the way
// every PDF of ours is printed: backgrounds on, no margins of Chromium's own,
// tagged for screen readers, with an outline from the headings when asked.

export type Paper = 'A4' | 'Letter'

export async function printPdf(page: Page, path: string, { paper, outline = false }: { paper?: Paper, outline?: boolean } = {}): Promise<void> {
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
