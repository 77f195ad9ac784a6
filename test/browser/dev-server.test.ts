import type { Browser } from 'playwright-core'
import type { DeckSlide } from './harness.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkLayout, showSlide } from '../../scripts/check-layout.ts'
import { launchBrowser, readDeck, startDevServer, watchErrors } from './harness.ts'

// `npm run dev` as a presenter uses it: every slide, the keyboard, click steps, presenter mode.

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
const path = (url: string) => new URL(url).pathname + new URL(url).search

describe('dev server', () => {
  it('renders every slide with no error, no failed or foreign request, nothing overflowing or clipped', async () => {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
    })
    const errors = watchErrors(page, server.url)
    await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
    const problems = await checkLayout(page, slides.length)
    expect([
      ...problems,
      ...errors,
    ]).toEqual([])
    await page.close()
  }, 120_000)

  it('shows slide 1 at / and moves with →, space and ←', async () => {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
    })
    await page.goto(server.url, { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('.slidev-page-1').isVisible()).toBe(true)
    expect(await page.locator('.slidev-page-1').textContent()).toContain(slides[0]!.title)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => path(page.url())).toBe('/2')
    await page.keyboard.press('Space')
    await expect.poll(() => path(page.url())).toBe('/3')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => path(page.url())).toBe('/2')
    await page.close()
  }, 60_000)

  it('reveals the verdict\'s points one click at a time, then moves on', async () => {
    const verdict = slides.find(s => s.component === 'VerdictSlide')!
    const points = (verdict.view.points as string[]).length
    expect(points).toBeGreaterThan(1)
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
    })
    await page.goto(`${server.url}/${verdict.no}`, { waitUntil: 'networkidle' })
    await showSlide(page, verdict.no)
    const shown = () => page.locator(`.slidev-page-${verdict.no} .points li:not(.slidev-vclick-hidden)`).count()
    expect(await shown()).toBe(0)
    for (let click = 1; click <= points; click++) {
      await page.keyboard.press('ArrowRight')
      await expect.poll(shown).toBe(click)
      await expect.poll(() => path(page.url())).toBe(`/${verdict.no}?clicks=${click}`)
    }
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => path(page.url())).toBe(`/${verdict.no + 1}`)
    await page.close()
  }, 60_000)

  it('presenter mode shows the current slide\'s notes, the next slide and a running timer', async () => {
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
