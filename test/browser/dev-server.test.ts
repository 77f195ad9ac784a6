import type { Browser } from 'playwright-core'
import type { DeckSlide } from './harness.ts'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { checkLayout, showSlide } from '../../scripts/check-layout.ts'
import { packageOf, PREBUNDLED } from '../../scripts/prebundle.ts'
import { DEFAULT_LOCALE } from '../../scripts/render/locale/index.ts'
import { suiteResources } from '../support/resources.ts'
import { launchBrowser, newPage, PRESENTER_BROWSER, readDeck, watchErrors } from './harness.ts'

// `npm run dev` as a presenter uses it: every slide, the keyboard, click steps,
// presenter mode. The server is the one the browser project starts first
// (setup/vite-deps.ts), as a presenter's is by the time they present: every
// slide shown once.

let browser: Browser
let slides: DeckSlide[]
const url = inject('devServerUrl')

const use = suiteResources()

beforeAll(async () => {
  ;[browser, slides] = await Promise.all([
    use(launchBrowser(), b => b.close()),
    readDeck(),
  ])
}, 120_000)

const plain = (s: string) => s.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim()
const path = (url: string) => new URL(url).pathname + new URL(url).search

describe('dev server', () => {
  it('renders every slide with no error, no failed or foreign request, nothing overflowing or clipped', async () => {
    const page = await newPage(browser)
    const errors = watchErrors(page, url)
    const requested: string[] = []
    page.on('request', req => requested.push(new URL(req.url()).pathname))
    await page.goto(`${url}/1`, { waitUntil: 'networkidle' })
    // The default deck, in the default language (variants.test.ts checks the others).
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(DEFAULT_LOCALE)
    const problems = await checkLayout(page, slides.length)
    expect([
      ...problems,
      ...errors,
    ]).toEqual([])
    // Served from Vite's pre-bundled folder, not a module at a time.
    const unbundled = PREBUNDLED.map(packageOf).filter(pkg => requested.some(path => path.startsWith(`/node_modules/${pkg}/`)))
    expect(unbundled).toEqual([])
    expect(requested.some(path => path.startsWith('/node_modules/.vite/deps/popmotion.js'))).toBe(true)
    await page.close()
  }, 120_000)

  it('shows slide 1 at / and moves with →, space and ←', async () => {
    const page = await newPage(browser)
    await page.goto(url, { waitUntil: 'networkidle' })
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
    const page = await newPage(browser)
    await page.goto(`${url}/${verdict.no}`, { waitUntil: 'networkidle' })
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
    await page.goto(`${url}/presenter/${no}`, { waitUntil: 'networkidle' })
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

  describe('decision matrix', () => {
    const bars = (page: import('playwright-core').Page, no: number) => page.locator(`.slidev-page-${no} .bar-row`).evaluateAll(rows => rows.map(r => `${r.getAttribute('data-subject')}:${r.querySelector('[data-score]')?.textContent}`))

    it('ranks live as the presenter picks a profile or moves a weight, and keeps the weights in the URL', async () => {
      const matrices = slides.filter(s => s.component === 'DecisionMatrix')
      expect(matrices.length).toBeGreaterThan(1)
      const { no } = matrices[0]!
      const page = await newPage(browser)
      await page.goto(`${url}/${no}`, { waitUntil: 'networkidle' })
      await showSlide(page, no)
      const first = await bars(page, no)
      // Pick the profile that ranks the other way (content site vs real-time app).
      const buttons = page.locator(`.slidev-page-${no} button.scenario`)
      let flipped = -1
      for (let i = 1; i < await buttons.count() && flipped < 0; i++) {
        await buttons.nth(i).click()
        if ((await bars(page, no))[0]!.split(':')[0] !== first[0]!.split(':')[0])
          flipped = i
      }
      expect(flipped, 'some profile changes the leader').toBeGreaterThan(0)
      await expect.poll(() => new URL(page.url()).searchParams.get(`w${no}`)).toMatch(/^[a-z-]+:[0-3]/)
      expect(await buttons.nth(flipped).getAttribute('aria-pressed')).toBe('true')
      // A weight moved with the keyboard: the heading says so and the score changes.
      const before = await bars(page, no)
      const sliders = page.locator(`.slidev-page-${no} input[type=range]`)
      let moved = false
      for (let i = 0; i < await sliders.count() && !moved; i++) {
        await sliders.nth(i).focus()
        await page.keyboard.press((await sliders.nth(i).inputValue()) === '3'
          ? 'ArrowLeft'
          : 'ArrowRight')
        moved = JSON.stringify(await bars(page, no)) !== JSON.stringify(before)
      }
      expect(moved, 'some weight changes the scores').toBe(true)
      await expect.poll(() => page.locator(`.slidev-page-${no} h1`).textContent()).toContain('your own weights')
      // The link reproduces the weights in a fresh window.
      const link = page.url()
      const shown = await bars(page, no)
      const other = await newPage(browser)
      await other.goto(link, { waitUntil: 'networkidle' })
      await showSlide(other, no)
      await expect.poll(() => bars(other, no)).toEqual(shown)
      await other.close()
      await page.close()
    }, 60_000)

    it('follows the presenter view: a profile picked there shows on the audience screen', async () => {
      const { no } = slides.find(s => s.component === 'DecisionMatrix')!
      const context = await browser.newContext(PRESENTER_BROWSER)
      const audience = await context.newPage()
      const presenter = await context.newPage()
      await audience.goto(`${url}/${no}`, { waitUntil: 'networkidle' })
      await presenter.goto(`${url}/presenter/${no}`, { waitUntil: 'networkidle' })
      await showSlide(audience, no)
      const before = await bars(audience, no)
      const buttons = presenter.locator(`.slidev-page-${no} button.scenario`)
      await buttons.first().waitFor()
      for (let i = (await buttons.count()) - 1; i >= 0; i--) {
        await buttons.nth(i).click()
        if (JSON.stringify(await bars(presenter, no)) !== JSON.stringify(before)) {
          // The presenter's own bars may still be settling: compare with what it shows by then.
          await expect.poll(async () => JSON.stringify(await bars(audience, no)) === JSON.stringify(await bars(presenter, no))
            && JSON.stringify(await bars(audience, no)) !== JSON.stringify(before)).toBe(true)
          await context.close()
          return
        }
      }
      throw new Error('no profile changed the scores')
    }, 60_000)
  })
})
