import type { Browser } from 'playwright-core'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkLayout } from '../../scripts/check-layout.ts'
import { DEFAULT_LOCALE, LOCALES } from '../../scripts/render/locale/index.ts'
import { suiteResources } from '../support/resources.ts'
import { launchBrowser, ROOT, variantDecks } from './harness.ts'

// The default dataset in every other language versus ships: the deck's own
// words change length (German runs long, Japanese has no spaces to wrap at),
// and every slide must still fit and stay readable. The default language is
// the default deck's, which the dev server and built site suites check.

let show: ReturnType<typeof variantDecks>
const use = suiteResources()
beforeAll(async () => {
  const browser: Browser = await use(launchBrowser(), b => b.close())
  show = variantDecks('locales', browser, use)
})

describe.each(Object.keys(LOCALES).filter(l => l !== DEFAULT_LOCALE))('the default deck in %s', (locale) => {
  it('passes the layout check', async () => {
    const { page, slides } = await show({
      data: join(ROOT, 'data', 'node-vs-django.yaml'),
      locale,
    })
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale)
    expect(await checkLayout(page, slides.length)).toEqual([])
  }, 240_000)
})
