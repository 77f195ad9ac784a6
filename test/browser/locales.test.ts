import type { Browser } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkLayout } from '../../scripts/check-layout.ts'
import { LOCALES } from '../../scripts/render/locale/index.ts'
import { suiteResources } from '../support/resources.ts'
import { launchBrowser, withGeneratedDeck } from './harness.ts'

// The default dataset in every language versus ships: the deck's own words
// change length (German runs long, Japanese has no spaces to wrap at), and
// every slide must still fit and stay readable.

let browser: Browser
const use = suiteResources()
beforeAll(async () => {
  browser = await use(launchBrowser(), b => b.close())
})

describe.each(Object.keys(LOCALES))('the default deck in %s', (locale) => {
  it('passes the layout check', async () => {
    await withGeneratedDeck(`locale-${locale}`, { locale }, browser, async (page, slides) => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale)
      expect(await checkLayout(page, slides.length)).toEqual([])
    })
  }, 240_000)
})
