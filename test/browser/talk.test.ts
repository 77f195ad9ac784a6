import type { Browser } from 'playwright-core'
import type { DeckSlide } from './harness.ts'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkLayout, showSlide } from '../../scripts/check-layout.ts'
import { loadDataset } from '../../scripts/dataset/load.ts'
import { generate } from '../../scripts/generate.ts'
import { startDevServer } from '../../scripts/slidev-server.ts'
import { scaffoldTalk } from '../../scripts/talk.ts'
import { outlineTitles, pageSizes, pageTexts, plainNote, runScript } from '../support/pdf.ts'
import { suiteResources } from '../support/resources.ts'
import { launchBrowser, newPage, PRESENTER_BROWSER, readDeck, ROOT, watchErrors } from './harness.ts'

// A speaker's own deck around the comparison: `npm run new -- --talk` writes
// it with hand-written slides in three places, importing each generated
// section with Slidev's `src:`. Presented, exported and edited live.

const TALK = '.test-talk.md'
const SECTIONS = '.test-talk-sections'
const OWN = ['About me', 'What this means for us', 'Thank you']
const FOOTER = 'Ada Lovelace · Fixture conference 2026'
let browser: Browser
let server: Awaited<ReturnType<typeof startDevServer>>
let tmp: string
let data: string
let slides: DeckSlide[]

const use = suiteResources()

beforeAll(async () => {
  tmp = await use(mkdtemp(join(tmpdir(), 'versus-talk-')), dir => rm(dir, { recursive: true, force: true }))
  data = join(tmp, 'talk.yaml')
  // In German and branded, as a speaker's talk would be: a logo beside the dataset, an accent and a footer line.
  await copyFile(join(ROOT, 'test', 'fixtures', 'brand', 'logo.svg'), join(tmp, 'logo.svg'))
  const yaml = await readFile(join(ROOT, 'test', 'fixtures', 'valid', 'full-3.yaml'), 'utf8')
  expect(yaml).toMatch(/^locale: en$/m)
  await writeFile(data, `${yaml.replace(/^locale: en$/m, 'locale: de')}
brand:
  logo: logo.svg
  accent: "#0055AA"
  footer: "${FOOTER}"
`)
  const loaded = await loadDataset(data)
  if (!loaded.ok)
    throw new Error('fixture invalid')
  await use(writeFile(join(ROOT, TALK), scaffoldTalk(loaded.dataset, {
    data,
    sections: SECTIONS,
    talk: TALK,
    exportName: 'talk',
  })), () => rm(join(ROOT, TALK), { force: true }))
  const sections = join(ROOT, SECTIONS)
  expect((await use(generate({ data, sections }), () => rm(sections, { recursive: true, force: true }))).status).toBe('written')
  slides = await readDeck(join(ROOT, TALK))
  ;[server, browser] = await Promise.all([
    use(startDevServer(TALK, {
      cwd: ROOT,
      live: { data, sections },
    }), s => s.stop()),
    use(launchBrowser(), b => b.close()),
  ])
}, 120_000)

describe('a talk around generated sections', () => {
  it('puts the speaker\'s slides where the talk has them, and passes the layout check', async () => {
    const titles = slides.map(s => s.title)
    expect(titles[0]).toBe('Go vs Rust vs Zig')
    expect(titles[1]).toBe('About me')
    expect(titles.indexOf('What this means for us')).toBe(titles.findLastIndex((_, i) => slides[i]!.component === 'AspectCompare') + 1)
    expect(titles.at(slides.findIndex(s => s.component === 'SourceList') - 1)).toBe('Thank you')
    // The deck's own words in the dataset's language, in the imported sections.
    expect(titles.some(t => t.startsWith('Auf einen Blick'))).toBe(true)
    const page = await newPage(browser)
    const errors = watchErrors(page, server.url)
    await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
    expect(await checkLayout(page, slides.length)).toEqual([])
    expect(errors, 'every slide, the speaker\'s included, renders without an error').toEqual([])
    // Navigation walks from the title into the speaker's slide, then into the next section.
    await showSlide(page, 1)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.locator('.slidev-page-2').textContent()).toContain('About me')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.url()).toMatch(/\/3$/)
    expect(await page.locator('.slidev-page-3').textContent()).toContain('Agenda')
    // The brand: the logo on the title slide, the footer with the slide number on the others.
    await expect.poll(() => page.locator('.slidev-page-3 .vs-footer').textContent()).toBe(`${FOOTER}3 / ${slides.length}`)
    await showSlide(page, 1)
    expect(await page.locator('.slidev-page-1 .vs-footer').count()).toBe(0)
    expect(await page.locator('.slidev-page-1 img.logo').evaluate(img => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
    await page.close()
  }, 180_000)

  it('shows the speaker\'s notes and the generated notes in presenter mode', async () => {
    const page = await browser.newPage(PRESENTER_BROWSER)
    for (const no of [2, 3]) {
      await page.goto(`${server.url}/presenter/${no}`, { waitUntil: 'networkidle' })
      await expect.poll(async () => plainNote(await page.locator('.slidev-note').first().textContent() ?? '')).toContain(plainNote(slides[no - 1]!.note).slice(0, 40))
    }
    await page.close()
  }, 60_000)

  it('updates an imported section live when the dataset is saved, and leaves the talk file alone', async () => {
    const table = slides.find(s => s.component === 'ComparisonTable')!
    const talk = await readFile(join(ROOT, TALK), 'utf8')
    const page = await newPage(browser)
    await page.goto(`${server.url}/${table.no}`, { waitUntil: 'networkidle' })
    await showSlide(page, table.no)
    await page.evaluate(() => ((window as { marker?: number }).marker = 1))
    const original = await readFile(data, 'utf8')
    const cell = /^ {6}go: "([^"]+)"$/m.exec(original)![1]!
    await writeFile(data, original.replace(`go: "${cell}"`, 'go: "Edited during the talk"'))
    await expect.poll(() => page.locator(`.slidev-page-${table.no}`).textContent(), { timeout: 20_000 }).toContain('Edited during the talk')
    expect(await page.evaluate(() => (window as { marker?: number }).marker), 'updated in place, not reloaded').toBe(1)
    expect(await readFile(join(ROOT, TALK), 'utf8')).toBe(talk)
    await writeFile(data, original)
    await page.close()
  }, 60_000)

  it('exports to a PDF with a page and a bookmark per slide, the speaker\'s included, and in the same run to a handout with their notes laid out from its pages', async () => {
    const base = join(tmp, 'talk')
    const exported = await runScript([
      'scripts/versus.ts',
      'export',
      TALK,
      '--format',
      'pdf,handout',
      '-o',
      base,
    ])
    expect(exported.code, exported.stderr).toBe(0)
    const pdf = `${base}.pdf`
    const handout = `${base}-handout.pdf`
    expect(exported.stdout.trim().split('\n').slice(-2)).toEqual([pdf, handout])
    // Slidev ran once: the handout did not render the slides again.
    expect(exported.stdout).not.toContain('Rendering')
    expect(await pageSizes(pdf)).toHaveLength(slides.length)
    const outline = await outlineTitles(pdf)
    for (const title of OWN)
      expect(outline).toContain(title)
    expect((await pageTexts(pdf))[1]).toContain('About me')

    const pages = (await pageTexts(handout)).map(t => t.replace(/\s+/g, ''))
    expect(pages).toHaveLength(slides.length)
    expect(pages[1]).toContain('Aboutme')
    expect(pages[1]).toContain(plainNote(slides[1]!.note))
    // The handout's own words follow the deck's language.
    expect(pages[1]).toContain(`Folie2/${slides.length}`)
  }, 300_000)
})
