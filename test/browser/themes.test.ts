import type { Browser } from 'playwright-core'
import type { Theme } from '../../scripts/render/brand.ts'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkLayout } from '../../scripts/check-layout.ts'
import { THEMES } from '../../scripts/render/brand.ts'
import { suiteResources } from '../support/resources.ts'
import { contrastReport } from './contrast.ts'
import { launchBrowser, ROOT, variantDecks } from './harness.ts'

// The default deck in every other theme versus ships (the default theme is
// what every other browser suite uses): the theme's own styles apply, and the
// slides still fit, stay readable and keep their contrast.

let show: ReturnType<typeof variantDecks>
const use = suiteResources()
beforeAll(async () => {
  const browser: Browser = await use(launchBrowser(), b => b.close())
  show = variantDecks('themes', browser, use)
})

// What each theme visibly changes, so the test knows it is the one drawing.
const SIGNATURE: Record<Exclude<Theme, 'default'>, { selector: string, color: string }> = {
  // The package's styles/layouts.css: `.slidev-layout h1 { color: var(--slidev-theme-primary) }`, #5d8392.
  seriph: { selector: '.slidev-layout h1', color: 'rgb(93, 131, 146)' },
}

describe.each(THEMES.filter(t => t !== 'default'))('the default deck in the %s theme', (theme) => {
  it('applies the theme, passes the layout check and keeps 4.5:1 contrast (3:1 for large text) in light and dark mode', async () => {
    const { page, slides } = await show({
      data: join(ROOT, 'data', 'node-vs-django.yaml'),
      theme,
    })
    // The title slide is drawn on the deck's background, not the theme's cover photo.
    expect(await page.locator('.slidev-page-1 .slidev-layout').evaluate(el => getComputedStyle(el).backgroundImage)).toBe('none')
    expect(await checkLayout(page, slides.length)).toEqual([])
    const { selector, color } = SIGNATURE[theme]
    expect(await page.locator(`.slidev-page-${slides.length} ${selector}`).first().evaluate(el => getComputedStyle(el).color)).toBe(color)
    expect(await contrastReport(page, slides.map(s => s.no), { minimum: 4.5, largeMinimum: 3 })).toEqual([])
  }, 300_000)
})
