import type { Browser } from 'playwright-core'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkLayout } from '../../scripts/check-layout.ts'
import { generate } from '../../scripts/generate.ts'
import { LOCALES } from '../../scripts/render/locale/index.ts'
import { startDevServer } from '../../scripts/slidev-server.ts'
import { suiteResources } from '../support/resources.ts'
import { launchBrowser, newPage, readDeck, ROOT } from './harness.ts'

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
    const entry = `.test-locale-${locale}.md`
    const out = join(ROOT, entry)
    try {
      expect((await generate({
        data: join(ROOT, 'data', 'node-vs-django.yaml'),
        out,
        locale,
      })).status).not.toBe('invalid')
      const slides = await readDeck(out)
      const server = await startDevServer(entry, { cwd: ROOT })
      try {
        const page = await newPage(browser)
        await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale)
        expect(await checkLayout(page, slides.length)).toEqual([])
        await page.close()
      }
      finally {
        await server.stop()
      }
    }
    finally {
      await rm(out, { force: true })
    }
  }, 240_000)
})
