import type { Browser } from 'playwright-core'
import type { DeckSlide } from './harness.ts'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkLayout, showSlide } from '../../scripts/check-layout.ts'
import { linkedStylesheets } from '../../scripts/first-screen-preload.ts'
import { suiteResources } from '../support/resources.ts'
import { contrastReport } from './contrast.ts'
import { allText, builtDeck, launchBrowser, newPage, notePhrases, readDeck, serveStatic, watchErrors } from './harness.ts'

// The built site (`npm run build`), served as plain static files, in a real Chromium.

let browser: Browser
let site: { url: string, close: () => Promise<void> }
let outDir: string
let slides: DeckSlide[]

const use = suiteResources()

beforeAll(async () => {
  outDir = await builtDeck()
  ;[site, browser, slides] = await Promise.all([
    use(serveStatic(outDir), s => s.close()),
    use(launchBrowser(), b => b.close()),
    readDeck(),
  ])
}, 180_000)

/** Every file of the build's assets folder, by path inside it. */
async function assetFiles(): Promise<string[]> {
  return (await readdir(join(outDir, 'assets'), { recursive: true })).map(f => f.split('\\').join('/'))
}

/** The site's own chunks (not the copy of Mermaid's build) whose code matches `marker`. */
async function chunksHolding(marker: RegExp): Promise<string[]> {
  const chunks = (await assetFiles()).filter(f => f.endsWith('.js') && !f.startsWith('mermaid-'))
  expect(chunks.length).toBeGreaterThan(10)
  const holding = []
  for (const f of chunks) {
    if (marker.test(await readFile(join(outDir, 'assets', f), 'utf8')))
      holding.push(f)
  }
  return holding
}

async function openDeck(no = 1) {
  const page = await newPage(browser)
  const errors = watchErrors(page, site.url)
  await page.goto(`${site.url}/#/${no}`, { waitUntil: 'networkidle' })
  await showSlide(page, no)
  return { page, errors }
}

describe('built site in Chromium', () => {
  it('carries the speaker notes for presenter mode (versus build without --without-notes)', async () => {
    const phrases = notePhrases(slides)
    expect(phrases.length).toBeGreaterThan(slides.length / 2)
    const text = await allText(outDir)
    expect(phrases.filter(p => !text.includes(p))).toEqual([])
  })

  it('renders every slide with no error, no failed or foreign request, nothing overflowing or clipped', async () => {
    const { page, errors } = await openDeck()
    const problems = await checkLayout(page, slides.length)
    expect([
      ...problems,
      ...errors,
    ]).toEqual([])
    await page.close()
  }, 120_000)

  it('ships each slide\'s frontmatter once, parsed: not also as the YAML it was written in', async () => {
    const { page } = await openDeck()
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.js')))
    const code = (await Promise.all(scripts.map(async url => (await fetch(url)).text()))).join('\n')
    // Parsed, the view's keys are in the code; as written (render/markdown.ts frontmatter), they are quoted YAML.
    expect(code).toContain('Node.js vs Django')
    expect(code).not.toContain('"view":\n')
    expect(code).not.toMatch(/"layout": "(?:default|cover)"/)
    await page.close()
  })

  it('loads each slide\'s view with that slide, not in the entry chunk', async () => {
    const html = await readFile(join(outDir, 'index.html'), 'utf8')
    const entry = await readFile(join(outDir, /<script type="module"[^>]* src="\/([^"]+)"/.exec(html)![1]!), 'utf8')
    const chunks = await readdir(join(outDir, 'assets'))
    const slideCode = (await Promise.all(chunks.filter(f => f.endsWith('.js')).map(f => readFile(join(outDir, 'assets', f), 'utf8')))).join('\n')
    // What the entry keeps: titles and notes (navigation, presenter mode), and the first slide's frontmatter (the deck's settings).
    // Notes as written are markdown: `\_` for `_`.
    const kept = [
      ...slides.flatMap(s => [
        s.title,
        s.note.replace(/\\(?=[^\s\p{L}\p{N}])/gu, ''),
      ]),
      JSON.stringify(slides[0]!.view),
    ].join('\n')
    // Each slide's longest phrase that is in its view only (links are in the notes too).
    const phrases = slides.slice(1).flatMap((slide) => {
      const texts = JSON.stringify(slide.view).match(/(?<=")[^"\\<]{20,}(?=")/g) ?? []
      const own = texts.filter(t => !kept.includes(t) && !/^https?:/.test(t)).sort((a, b) => b.length - a.length)[0]
      return own
        ? [own]
        : []
    })
    expect(phrases.length).toBeGreaterThan(slides.length / 2)
    expect(phrases.filter(p => entry.includes(p))).toEqual([])
    expect(phrases.filter(p => !slideCode.includes(p))).toEqual([])
  })

  it('asks for slide 1\'s chunk and the play page\'s while the page is parsed, not once its script has run', async () => {
    const html = await readFile(join(outDir, 'index.html'), 'utf8')
    const named = [
      ...html.matchAll(/<link rel="modulepreload"[^>]* href="\/([^"]+)"/g),
    ].map(m => m[1]!)
    // Slide 1's chunk holds its view (as the other slides' do; the entry has it too, as the deck's headmatter).
    const event = String(slides[0]!.view.event)
    const first = (await Promise.all(named.map(async f => (await readFile(join(outDir, f), 'utf8')).includes(event)
      ? [f]
      : []))).flat()
    expect(first).toHaveLength(1)
    // Slidev's own chunk of its play page (assets/slidev/ holds its client's chunks).
    const play = named.filter(f => /^assets\/slidev\/play-[\w-]+\.js$/.test(f))
    expect(play).toHaveLength(1)
    const page = await newPage(browser)
    await page.goto(`${site.url}/#/1`, { waitUntil: 'networkidle' })
    await showSlide(page, 1)
    const asked = await page.evaluate((files) => {
      const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive
      const started = new Map((performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(e => [
        new URL(e.name).pathname.slice(1),
        e.startTime,
      ]))
      return files.map(f => ({ f, beforeScripts: (started.get(f) ?? Infinity) < parsed }))
    }, [
      ...first,
      ...play,
    ])
    expect(asked.filter(a => !a.beforeScripts)).toEqual([])
    await page.close()
  })

  it('loads all its CSS as one stylesheet the page links: no slide waits for a stylesheet of its own', async () => {
    const html = await readFile(join(outDir, 'index.html'), 'utf8')
    const linked = linkedStylesheets(html, '/').map(f => `/${f}`)
    expect(linked).toHaveLength(1)
    const { page, errors } = await openDeck()
    for (let no = 2; no <= slides.length; no++)
      await showSlide(page, no)
    const sheets = await page.evaluate(() => performance.getEntriesByType('resource')
      .map(e => new URL(e.name).pathname)
      .filter(p => p.endsWith('.css')))
    expect(sheets).toEqual(linked)
    expect(errors).toEqual([])
    await page.close()
  }, 120_000)

  it('asks for the faces of the deck\'s font while the page is parsed, so that slide 1 is not drawn in a fallback first', async () => {
    const page = await newPage(browser)
    // The first animation frame in which slide 1 shows its title.
    await page.addInitScript((title: string) => {
      const check = () => {
        const slide = document.querySelector<HTMLElement>('.slidev-page-1')
        if (slide?.checkVisibility() && (slide.textContent ?? '').includes(title))
          (window as { __shown?: number }).__shown = performance.now()
        else
          requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    }, slides[0]!.title)
    await page.goto(`${site.url}/#/1`)
    await page.waitForFunction(() => (window as { __shown?: number }).__shown)
    const fonts = await page.evaluate(() => {
      const shown = (window as { __shown?: number }).__shown!
      const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter(e => e.name.endsWith('.woff2') && e.startTime < shown)
        .map(e => ({
          file: new URL(e.name).pathname.split('/').pop()!,
          fromHead: e.initiatorType === 'link' && e.startTime < parsed,
        }))
    })
    // Chromium asks for a face the page did not name only once it draws text in it (initiator "css").
    expect(fonts.filter(f => !f.fromHead)).toEqual([])
    // Regular text, the chips' bold and the title's extra bold.
    expect(fonts.length).toBeGreaterThanOrEqual(3)
    await page.close()
  })

  it('opens a deep link straight on its slide (hash routing, no server rewrites)', async () => {
    const { page } = await openDeck(9)
    expect(await page.locator('.slidev-page-9').textContent()).toContain(slides[8]!.title)
    await page.close()
  })

  it('draws every architecture diagram as an SVG holding every node label', async () => {
    const diagramSlides = slides.filter(s => s.component === 'ArchitectureDiagram')
    // One slide per subject's diagram (slides.md: Node.js and Django), and a side-by-side one only when it stays readable.
    expect(diagramSlides.length).toBeGreaterThanOrEqual(2)
    const { page } = await openDeck()
    for (const slide of diagramSlides) {
      await showSlide(page, slide.no)
      const diagrams = slide.view.diagrams as { labels: string[] }[]
      const svgs = page.locator(`.slidev-page-${slide.no} [data-waitfor] svg`)
      expect(await svgs.count()).toBe(diagrams.length)
      for (const [i, diagram] of diagrams.entries()) {
        const text = (await svgs.nth(i).textContent() ?? '').replace(/\s+/g, ' ')
        for (const label of diagram.labels)
          expect(text, `slide ${slide.no}`).toContain(label)
      }
    }
    // Laid out by dagre, as the generator sized them (render/diagram-layout.ts):
    // Mermaid 12's default, ELK, is a 1.6 MB chunk of its own.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map(e => new URL(e.name).pathname))
    expect(scripts.filter(p => /\/dagre-[\w-]+\.js$/.test(p))).not.toEqual([])
    expect(scripts.filter(p => /\/elk-[\w-]+\.js$/.test(p))).toEqual([])
    // Mermaid's own minified build, copied beside the chunks (scripts/prebuilt-mermaid.ts), not bundled again.
    const mermaid = scripts.filter(p => p.includes('/mermaid-'))
    expect(mermaid.filter(p => /\/assets\/mermaid-\d[\w.-]*\/mermaid\.esm\.min\.js$/.test(p))).toHaveLength(1)
    expect(mermaid.filter(p => /\/dagre-[\w-]+\.js$/.test(p))).toHaveLength(1)
    await page.close()
  }, 60_000)

  it('holds one copy of Mermaid: its own build, with no re-bundled core among the site\'s chunks', async () => {
    const files = await assetFiles()
    const copies = files.filter(f => /^mermaid-[^/]+\/mermaid\.esm\.min\.js$/.test(f))
    expect(copies).toHaveLength(1)
    // A name Mermaid's core exports, which minifying keeps.
    expect(await chunksHolding(/registerExternalDiagrams/)).toEqual([])
  })

  it('ships Vue\'s runtime only: no chunk holds its template compiler', async () => {
    // Methods of the compiler's tokenizer and code generator, which minifying keeps.
    expect(await chunksHolding(/\b(?:enterRCDATA|helperString)\b/)).toEqual([])
  })

  it('keeps text readable in light and dark mode (d): contrast of at least 4.5:1 on tables, aspects, code, lists, timelines and diagrams', async () => {
    const { page } = await openDeck()
    const kinds = new Set([
      'ComparisonTable',
      'AspectCompare',
      'CodeCompare',
      'ReleaseTimeline',
      'ProsCons',
      'WhenToChoose',
      'VerdictSlide',
      'ArchitectureDiagram',
    ])
    const checked = slides.filter(s => kinds.has(s.component))
    expect(checked.length).toBeGreaterThan(10)
    expect(new Set(checked.map(s => s.component))).toEqual(kinds)
    expect(await contrastReport(page, checked.map(s => s.no), { minimum: 4.5 })).toEqual([])
    await page.close()
  }, 120_000)

  it('uses the bundled fonts', async () => {
    const { page } = await openDeck()
    const loaded = await page.evaluate(() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '')))
    expect(loaded).toContain('Nunito Sans')
    await page.close()
  })
})
