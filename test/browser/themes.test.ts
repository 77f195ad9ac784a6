import type { Browser } from 'playwright-core'
import type { Theme } from '../../scripts/render/brand.ts'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkLayout, showSlide } from '../../scripts/check-layout.ts'
import { generate } from '../../scripts/generate.ts'
import { THEMES } from '../../scripts/render/brand.ts'
import { startDevServer } from '../../scripts/slidev-server.ts'
import { suiteResources } from '../support/resources.ts'
import { lowContrastText } from './contrast.ts'
import { launchBrowser, newPage, readDeck, ROOT } from './harness.ts'

// The default deck in every other theme versus ships (the default theme is
// what every other browser suite uses): the theme's own styles apply, and the
// slides still fit, stay readable and keep their contrast.

let browser: Browser
const use = suiteResources()
beforeAll(async () => {
  browser = await use(launchBrowser(), b => b.close())
})

// What each theme visibly changes, so the test knows it is the one drawing.
const SIGNATURE: Record<Exclude<Theme, 'default'>, { selector: string, color: string }> = {
  // The package's styles/layouts.css: `.slidev-layout h1 { color: var(--slidev-theme-primary) }`, #5d8392.
  seriph: { selector: '.slidev-layout h1', color: 'rgb(93, 131, 146)' },
}

describe.each(THEMES.filter(t => t !== 'default'))('the default deck in the %s theme', (theme) => {
  const entry = `.test-theme-${theme}.md`
  const out = join(ROOT, entry)
  afterAll(() => rm(out, { force: true }))

  it('applies the theme, passes the layout check and keeps 4.5:1 contrast (3:1 for large text) in light and dark mode', async () => {
    expect((await generate({
      data: join(ROOT, 'data', 'node-vs-django.yaml'),
      out,
      theme,
    })).status).not.toBe('invalid')
    const slides = await readDeck(out)
    const server = await startDevServer(entry, { cwd: ROOT })
    try {
      const page = await newPage(browser)
      await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
      // The title slide is drawn on the deck's background, not the theme's cover photo.
      expect(await page.locator('.slidev-page-1 .slidev-layout').evaluate(el => getComputedStyle(el).backgroundImage)).toBe('none')
      expect(await checkLayout(page, slides.length)).toEqual([])
      const { selector, color } = SIGNATURE[theme]
      expect(await page.locator(`.slidev-page-${slides.length} ${selector}`).first().evaluate(el => getComputedStyle(el).color)).toBe(color)

      const report: string[] = []
      for (const dark of [false, true]) {
        if (dark)
          await page.keyboard.press('d')
        await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(dark)
        for (const slide of slides) {
          await showSlide(page, slide.no)
          const low = await page.evaluate(lowContrastText, { selector: `.slidev-page-${slide.no}`, minimum: 4.5, largeMinimum: 3 })
          report.push(...low.map(l => `${dark ? 'dark' : 'light'}, slide ${slide.no}: "${l.text}" ${l.ratio}:1`))
        }
      }
      expect(report).toEqual([])
      await page.close()
    }
    finally {
      await server.stop()
    }
  }, 300_000)
})
