import type { Browser, Page } from 'playwright-core'
import type { Dataset } from '../../scripts/dataset/schema.ts'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { checkLayout, showSlide } from '../../scripts/check-layout.ts'
import { generate } from '../../scripts/generate.ts'
import { deckSlides } from '../../scripts/render/deck.ts'
import { hostileDataset } from '../support/hostile-dataset.ts'
import { launchBrowser, readDeck, ROOT, serveStatic, slidev, watchErrors } from './harness.ts'

// Hostile strings in every field of a dataset: the deck builds, presents and
// exports with each string shown as written, and none of them runs.

const run = promisify(execFile)
const ENTRY = '.test-hostile.md'
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

let browser: Browser
let site: { url: string, close: () => Promise<void> }
let tmp: string
let hostile: { data: Dataset, shown: string[], notes: string[] }
let count: number

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'versus-hostile-'))
  hostile = hostileDataset()
  const data = join(tmp, 'hostile.yaml')
  await writeFile(data, stringify(hostile.data))
  expect((await generate({
    data,
    out: join(ROOT, ENTRY),
  })).status).toBe('written')
  count = (await readDeck(join(ROOT, ENTRY))).length
  await slidev([
    'build',
    ENTRY,
    '--router-mode',
    'hash',
    '--out',
    join(tmp, 'dist'),
  ])
  ;[site, browser] = await Promise.all([
    serveStatic(join(tmp, 'dist')),
    launchBrowser(),
  ])
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await rm(join(ROOT, ENTRY), { force: true })
  await rm(tmp, { recursive: true, force: true })
})

async function open(path: string): Promise<{ page: Page, errors: string[] }> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  const errors = watchErrors(page, site.url)
  await page.goto(`${site.url}/${path}`, { waitUntil: 'networkidle' })
  return { page, errors }
}

describe('a dataset of hostile strings', () => {
  it('has the slides the renderer meant', () => {
    expect(count).toBe(deckSlides(hostile.data).length)
  })

  it('shows every string literally, runs none of them, and logs no error', async () => {
    const { page, errors } = await open('#/1')
    let text = ''
    for (let no = 1; no <= count; no++) {
      await showSlide(page, no)
      expect(new URL(page.url()).hash, 'no string may navigate').toBe(`#/${no}`)
      text += ` ${await page.locator(`.slidev-page-${no}`).textContent()}`
    }
    const all = squash(text)
    const missing = [
      ...new Set(hostile.shown),
    ].filter(s => !all.includes(squash(s)))
    expect(missing).toEqual([])
    expect(all).not.toContain(' 49 ')
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    expect(await page.locator('script:not([src]):not([type])').count(), 'no inline script element was injected').toBe(0)
    expect(await page.locator('.slidev-page img, .slidev-page a[href^="javascript"]').count(), 'no markup from the data').toBe(0)
    expect(errors).toEqual([])
    await page.close()
  }, 120_000)

  it('shows every hostile note literally in presenter mode', async () => {
    const { page } = await open('#/presenter/1')
    const slides = await readDeck(join(ROOT, ENTRY))
    let text = ''
    for (const slide of slides) {
      await page.evaluate(n => (location.hash = `#/presenter/${n}`), slide.no)
      await page.waitForFunction(n => location.hash === `#/presenter/${n}`, slide.no)
      await page.locator('.slidev-note').first().waitFor()
      text += ` ${await page.locator('.slidev-note').first().textContent()}`
    }
    const all = squash(text)
    expect([
      ...new Set(hostile.notes),
    ].filter(n => !all.includes(squash(n)))).toEqual([])
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    await page.close()
  }, 120_000)

  it('exports to PDF with the strings as written', async () => {
    const pdf = join(tmp, 'hostile')
    await run(process.execPath, [
      'scripts/export.ts',
      'pdf',
      ENTRY,
      '--output',
      pdf,
    ], {
      cwd: ROOT,
      env: { ...process.env, CI: 'true' },
    })
    const { stdout } = await run('pdftotext', ['-raw', `${pdf}.pdf`, '-'], { maxBuffer: 64 * 1024 * 1024 })
    // pdftotext reorders right-to-left runs and splits emoji sequences, and a word wrapped
    // inside a narrow diagram box gains a line break: compare the ASCII strings without whitespace.
    const bare = (t: string) => t.replace(/\s+/g, '')
    const all = bare(stdout)
    const ascii = [
      ...new Set(hostile.shown),
    ].filter(s => /^[\x20-\x7E\n]*$/.test(s.replace(/ ⟦\d+⟧$/, '')) && s.length < 200)
    expect(ascii.length).toBeGreaterThan(20)
    expect(ascii.filter(s => !all.includes(bare(s)))).toEqual([])
  }, 120_000)

  it('is flagged by the layout check: a 10 KB string cannot fit a slide (the stress dataset must pass)', async () => {
    const { page } = await open('#/1')
    const problems = await checkLayout(page, count)
    expect(problems.length).toBeGreaterThan(0)
    await page.close()
  }, 120_000)
})
