import type { Browser } from 'playwright-core'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkLayout } from '../../scripts/check-layout.ts'
import { generate } from '../../scripts/generate.ts'
import { suiteResources } from '../support/resources.ts'
import { launchBrowser, newPage, readDeck, ROOT, startDevServer } from './harness.ts'

// Every slide kind reads well with 2 (the main deck, covered in dev-server and
// built-deck tests), 3 and 4 subjects: the layout check passes on each deck.

let browser: Browser
const use = suiteResources()
beforeAll(async () => {
  browser = await use(launchBrowser(), b => b.close())
})

describe.each([
  { subjects: 3, data: 'data/express-fastify-nestjs.yaml', entry: '.test-three.md' },
  { subjects: 4, data: 'test/fixtures/valid/four.json', entry: '.test-four.md' },
])('$subjects subjects ($data)', ({ subjects, data, entry }) => {
  it('fits every slide: nothing overflows or is clipped', async () => {
    expect((await generate({
      data: join(ROOT, data),
      out: join(ROOT, entry),
    })).status).toBe('written')
    const slides = await readDeck(join(ROOT, entry))
    expect((slides.find(s => s.component === 'ComparisonTable')!.view.subjects as unknown[]).length).toBe(subjects)
    const server = await startDevServer(entry, { cwd: ROOT })
    try {
      const page = await newPage(browser)
      await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
      expect(await checkLayout(page, slides.length)).toEqual([])
    }
    finally {
      await server.stop()
      await rm(join(ROOT, entry), { force: true })
    }
  }, 180_000)
})
