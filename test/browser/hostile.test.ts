import type { Browser, Page } from 'playwright-core'
import type { Dataset } from '../../scripts/dataset/schema.ts'
import type { DeckSlide } from './harness.ts'
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { checkSlide, showSlide } from '../../scripts/check-layout.ts'
import { generate } from '../../scripts/generate.ts'
import { readHandoutDeck } from '../../scripts/handout/deck.ts'
import { exportHandout, renderedSlides } from '../../scripts/handout/export.ts'
import { deckSlides } from '../../scripts/render/deck.ts'
import { startExportServer } from '../../scripts/slidev-server.ts'
import { HEADER, hostileDataset, LONG } from '../support/hostile-dataset.ts'
import { pageTexts } from '../support/pdf.ts'
import { suiteResources } from '../support/resources.ts'
import { launchBrowser, newPage, readDeck, ROOT, serveStatic, slidev, versus, watchErrors } from './harness.ts'

// Hostile strings in every field of a dataset: the deck builds, presents and
// exports with each string shown as written, and none of them runs.

const ENTRY = '.test-hostile.md'
const TOC_SLIDE = '\n---\ntitle: Contents\n---\n\n<Toc />\n'
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()
const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned)
/** Elements a payload would create: none of these belongs in the deck's own markup. */
const INJECTED = 'img[src="x"], script:not([src]):not([type]), a[href^="javascript"], meta[http-equiv="refresh"]'

let browser: Browser
let site: { url: string, close: () => Promise<void> }
let tmp: string
let hostile: { data: Dataset, shown: string[], notes: string[] }
let slides: DeckSlide[]
let count: number

const use = suiteResources()

beforeAll(async () => {
  tmp = await use(mkdtemp(join(tmpdir(), 'versus-hostile-')), dir => rm(dir, { recursive: true, force: true }))
  hostile = hostileDataset()
  const data = join(tmp, 'hostile.yaml')
  await writeFile(data, stringify(hostile.data))
  expect((await use(generate({
    data,
    out: join(ROOT, ENTRY),
  }), () => rm(join(ROOT, ENTRY), { force: true }))).status).toBe('written')
  // A speaker's own slide with Slidev's table of contents, which renders slide titles as HTML.
  await appendFile(join(ROOT, ENTRY), TOC_SLIDE)
  slides = await readDeck(join(ROOT, ENTRY))
  count = slides.length
  await slidev([
    'build',
    ENTRY,
    '--router-mode',
    'hash',
    '--out',
    join(tmp, 'dist'),
  ])
  ;[site, browser] = await Promise.all([
    use(serveStatic(join(tmp, 'dist')), s => s.close()),
    use(launchBrowser(), b => b.close()),
  ])
}, 240_000)

let exported: Promise<string> | undefined
/** `versus export` of the deck, run by whichever test needs it first. */
function hostilePdf(): Promise<string> {
  const pdf = join(tmp, 'hostile.pdf')
  exported ??= versus([
    'export',
    ENTRY,
    '--out',
    pdf,
  ]).then(() => pdf)
  return exported
}

async function open(path: string): Promise<{ page: Page, errors: string[] }> {
  const page = await newPage(browser)
  const errors = watchErrors(page, site.url)
  await page.goto(`${site.url}/${path}`, { waitUntil: 'networkidle' })
  return { page, errors }
}

describe('a dataset of hostile strings', () => {
  it('has the slides the renderer meant, and the speaker\'s contents slide', () => {
    expect(count).toBe(deckSlides(hostile.data).length + 1)
  })

  it('makes no CSS from a string that reads like a class', async () => {
    const assets = join(tmp, 'dist', 'assets')
    const css = await Promise.all((await readdir(assets)).filter(f => f.endsWith('.css')).map(f => readFile(join(assets, f), 'utf8')))
    expect(JSON.stringify(hostile.data)).toContain('tracking-[0.321em] bg-lime-300')
    expect(css.join('\n')).not.toMatch(/0\\?\.321em|\.bg-lime-300\b/)
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
    const pdf = await hostilePdf()
    // Text extraction reorders right-to-left runs and splits emoji sequences, and a word wrapped
    // inside a narrow diagram box gains a line break: compare the ASCII strings without whitespace.
    const bare = (t: string) => t.replace(/\s+/g, '')
    const all = bare((await pageTexts(pdf)).join(''))
    const ascii = [
      ...new Set(hostile.shown),
    ].filter(s => /^[\x20-\x7E\n]*$/.test(s.replace(/ ⟦\d+⟧$/, '')) && s.length < 200)
    expect(ascii.length).toBeGreaterThan(20)
    expect(ascii.filter(s => !all.includes(bare(s)))).toEqual([])
  }, 120_000)

  it('exports a handout with every note as written', async () => {
    // Laid out from the deck's PDF export, as the handout export does after
    // exporting it (`versus export --format handout` runs whole in talk.test.ts).
    const handout = join(tmp, 'hostile-handout.pdf')
    const deck = await readHandoutDeck(ENTRY)
    await exportHandout({
      entry: ENTRY,
      output: handout,
      perPage: 1,
      paper: 'A4',
      slides: await renderedSlides(deck, await hostilePdf()),
      log: {
        info: () => {},
        warn: () => {},
      },
    })
    const bare = (t: string) => t.replace(/\s+/g, '')
    const pages = await pageTexts(handout)
    expect(pages).toHaveLength(count)
    const all = bare(pages.join(''))
    const ascii = [
      ...new Set(hostile.notes),
    ].filter(s => /^[\x20-\x7E\n]*$/.test(s.replace(/ ⟦\d+⟧$/, '')))
    expect(ascii.length).toBeGreaterThan(5)
    expect(ascii.filter(s => !all.includes(bare(s)))).toEqual([])
  }, 240_000)

  it('shows the subtitle literally in Slidev\'s info dialog, and runs nothing', async () => {
    const { page, errors } = await open('#/1')
    await page.mouse.move(20, 700)
    await page.getByTitle('Show info').click()
    const dialog = page.locator('.slidev-info-dialog')
    await dialog.waitFor()
    expect(squash(await dialog.textContent() ?? '')).toContain(squash(HEADER.subtitle))
    expect(await dialog.locator(INJECTED).count()).toBe(0)
    expect(await pwned(page)).toBeUndefined()
    expect(errors).toEqual([])
    await page.close()
  })

  it('keeps the document title and the meta tags as text', async () => {
    const { page } = await open('#/1')
    expect(await page.title()).toBe(HEADER.title)
    const meta = await page.evaluate(() => Object.fromEntries([
      ...document.head.querySelectorAll('meta'),
    ]
      .map(m => [m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('http-equiv') ?? '', m.getAttribute('content') ?? ''])))
    // Slidev writes these through its toAttrValue, which JSON-quotes them: the text is inside.
    expect(meta.author).toContain(HEADER.author)
    expect(meta['og:title']).toBe(HEADER.title)
    expect(meta.refresh, 'no meta element came from the data').toBeUndefined()
    expect(await page.locator(`head ${INJECTED}`).count()).toBe(0)
    expect(await pwned(page)).toBeUndefined()
    await page.close()
  })

  it('shows every slide title literally in the table of contents (Slidev\'s title renderer), and runs nothing in the quick overview', async () => {
    const { page, errors } = await open(`#/${count}`)
    await showSlide(page, count)
    const toc = page.locator(`.slidev-page-${count} .slidev-toc`)
    const titles = deckSlides(hostile.data).map(s => squash(s.title))
    const listed = squash(await toc.textContent() ?? '')
    expect(titles.filter(t => !listed.includes(t))).toEqual([])
    expect(await toc.locator(INJECTED).count()).toBe(0)
    // The quick overview ('o') draws every slide at once.
    await page.keyboard.press('o')
    await expect.poll(() => page.locator('.z-modal .grid > .relative').count()).toBe(count)
    await page.waitForLoadState('networkidle')
    expect(await page.locator(INJECTED).count()).toBe(0)
    expect(await pwned(page)).toBeUndefined()
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)

  it('runs nothing on the presenter, overview and notes pages', async () => {
    for (const path of ['#/presenter/1', '#/overview', '#/notes']) {
      const { page, errors } = await open(path)
      await page.waitForLoadState('networkidle')
      expect(await page.locator(INJECTED).count(), path).toBe(0)
      expect(await pwned(page), path).toBeUndefined()
      expect(errors, path).toEqual([])
      await page.close()
    }
  })

  it('shows the title and every note literally on /presenter/print, and runs nothing', async () => {
    const server = await startExportServer(join(ROOT, ENTRY))
    try {
      const page = await newPage(browser)
      const errors = watchErrors(page, server.url)
      await page.goto(`${server.url}/presenter/print`, { waitUntil: 'networkidle' })
      await page.locator('#page-root h1').waitFor()
      const text = squash(await page.locator('#page-root').textContent() ?? '')
      expect([
        ...new Set(hostile.notes),
      ].filter(n => !text.includes(squash(n)))).toEqual([])
      expect(await page.locator(INJECTED).count()).toBe(0)
      expect(await pwned(page)).toBeUndefined()
      expect(errors).toEqual([])
      await page.close()
    }
    finally {
      await server.close()
    }
  }, 120_000)

  it('is flagged by the layout check: a 10 KB string cannot fit a slide (the stress dataset must pass)', async () => {
    const long = slides.find(s => JSON.stringify(s.view).includes(JSON.stringify(LONG).slice(1, 200)))
    expect(long, 'the slide with the 10 KB string').toBeDefined()
    const { page } = await open(`#/${long!.no}`)
    expect((await checkSlide(page, long!.no)).join('\n')).toMatch(new RegExp(`^slide ${long!.no}: (?:overflow|clipped) by`, 'm'))
    await page.close()
  }, 120_000)
})
