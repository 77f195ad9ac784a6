import type { Browser } from 'playwright-core'
import type { DeckSlide } from './harness.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, readDeck, startDevServer } from './harness.ts'

// `npm run dev` as a presenter uses it: the deck, keyboard navigation and the presenter view.

let browser: Browser
let server: Awaited<ReturnType<typeof startDevServer>>
let slides: DeckSlide[]

beforeAll(async () => {
  ;[server, browser, slides] = await Promise.all([
    startDevServer(),
    launchBrowser(),
    readDeck(),
  ])
}, 120_000)

afterAll(async () => {
  await browser?.close()
  server?.stop()
})

const plain = (s: string) => s.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim()

describe('dev server', () => {
  it('shows slide 1 at / and moves with the arrow keys and space', async () => {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
    })
    await page.goto(server.url, { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('.slidev-page-1').isVisible()).toBe(true)
    await expect.poll(() => page.locator('.slidev-page-1').textContent()).toContain(slides[0]!.title)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => new URL(page.url()).pathname).toBe('/2')
    await page.keyboard.press('Space')
    await expect.poll(() => new URL(page.url()).pathname).toBe('/3')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => new URL(page.url()).pathname).toBe('/2')
    await page.close()
  }, 60_000)

  it('presenter view shows the current slide\'s notes and the next slide', async () => {
    const page = await browser.newPage({
      viewport: { width: 1600, height: 900 },
    })
    const no = 3
    await page.goto(`${server.url}/presenter/${no}`, { waitUntil: 'networkidle' })
    const notes = page.locator('.slidev-note')
    await expect.poll(async () => plain(await notes.first().textContent() ?? '')).toContain(plain(slides[no - 1]!.note).slice(0, 60))
    // The "next" preview renders slide no + 1.
    await expect.poll(() => page.locator(`.slidev-page-${no + 1}`).count()).toBeGreaterThan(0)
    // The timer: start it from its play button and watch it count.
    const timer = page.locator('div.group:has(.i-carbon\\:time)')
    await timer.hover()
    await timer.locator('.i-carbon\\:play').click()
    await expect.poll(() => timer.locator('.font-mono').textContent()).toMatch(/\d+:\d\d/)
    await page.close()
  }, 60_000)
})
