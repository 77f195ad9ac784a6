import type { Browser, Page } from 'playwright-core'
import type { AspectView, BestForView, ItemView, ProsConsView, SourcesView, TableView } from '../../scripts/render/view.ts'
import type { DeckSlide } from './harness.ts'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { checkLayout, checkSlide, showSlide } from '../../scripts/check-layout.ts'
import { aspectColumnPx } from '../../scripts/render/aspect.ts'
import { tableRowPx } from '../../scripts/render/comparison-table.ts'
import { DEFAULT_LOCALE, LOCALES } from '../../scripts/render/locale/index.ts'
import { CANVAS } from '../../scripts/render/metrics.ts'
import { itemPx } from '../../scripts/render/pros-cons.ts'
import { sourcePx } from '../../scripts/render/sources.ts'
import { suiteResources } from '../support/resources.ts'
import { launchBrowser, newPage, readDeck, ROOT, variantDecks } from './harness.ts'

// Generated variants of the default deck, shown in turn by one dev server
// (variantDecks): the deck in every other language versus ships, and the
// slide kinds with 2, 3 and 4 subjects. Each passes the layout check (nothing
// overflows, is clipped or too small to read, diagrams on their own slides at
// 18 px); with each subject count, each paginated block is as tall on the
// slide as the generator estimated when it split the content. Languages change
// the deck's own words (German runs long, Japanese has no spaces to wrap at).
// Themes need a server each (themes.test.ts).

/** The default dataset: slides.md, on the dev server the browser project starts, whose layout dev-server.test.ts checks. */
const DEFAULT_DATA = 'data/node-vs-django.yaml'
const devServerUrl = inject('devServerUrl')

let browser: Browser
let show: ReturnType<typeof variantDecks>
const use = suiteResources()
beforeAll(async () => {
  browser = await use(launchBrowser(), b => b.close())
  show = variantDecks('variants', browser, use)
})

/** The deck of `data` open at slide 1, and whether this suite still has to run the layout check on it. */
async function open(data: string): Promise<{ page: Page, slides: DeckSlide[], needsLayoutCheck: boolean }> {
  if (data !== DEFAULT_DATA) {
    return {
      ...await show({
        data: join(ROOT, data),
      }),
      needsLayoutCheck: true,
    }
  }
  const page = await use(newPage(browser), p => p.close())
  await page.goto(`${devServerUrl}/1`, { waitUntil: 'networkidle' })
  return { page, slides: await readDeck(), needsLayoutCheck: false }
}

/** Canvas pixels from the top of the first element matching `first` to the bottom of the last matching `last`, in each `block`. */
async function blockHeights(page: Page, no: number, block: string, first: string, last: string): Promise<number[]> {
  return page.evaluate(({ no, block, first, last, width }) => {
    const slide = document.querySelector(`.slidev-page-${no}`)!
    const scale = slide.getBoundingClientRect().width / width
    return [
      ...slide.querySelectorAll(block),
    ].map((b) => {
      const tops = [
        ...b.querySelectorAll(first),
      ]
      const bottoms = [
        ...b.querySelectorAll(last),
      ]
      if (!tops.length || !bottoms.length)
        return 0
      return (bottoms.at(-1)!.getBoundingClientRect().bottom - tops[0]!.getBoundingClientRect().top) / scale
    })
  }, {
    no,
    block,
    first,
    last,
    width: CANVAS.width,
  })
}

/** The generator's estimate of each block on a slide, and the selectors that measure it. */
function estimates(slide: DeckSlide): { block: string, first: string, last: string, px: number[] } | undefined {
  const list = (items: readonly ItemView[], columns: number) => items.reduce((n, item) => n + itemPx(item, columns), 0)
  switch (slide.component) {
    case 'AspectCompare': {
      const v = slide.view as unknown as AspectView
      return {
        block: 'section.side',
        first: '.cell, .details li',
        last: '.cell, .details li',
        px: v.sides.map(s => aspectColumnPx(s.cell, s.details, v.subjects.length, v.size)),
      }
    }
    case 'ProsCons': {
      const v = slide.view as unknown as ProsConsView
      return {
        block: '.vs-columns > section',
        first: 'li',
        last: 'li',
        px: [
          list(v.pros, 2),
          list(v.cons, 2),
        ],
      }
    }
    case 'WhenToChoose': {
      const v = slide.view as unknown as BestForView
      return {
        block: '.vs-columns > section',
        first: 'li',
        last: 'li',
        px: v.lists.map(l => list(l, v.subjects.length)),
      }
    }
    case 'SourceList': {
      const v = slide.view as unknown as SourcesView
      return {
        block: 'ol.sources',
        first: 'li',
        last: 'li',
        px: [
          v.sources.reduce((n, s) => n + sourcePx(s), 0),
        ],
      }
    }
    case 'ComparisonTable': {
      const v = slide.view as unknown as TableView
      return {
        block: 'table.comparison',
        first: 'tbody tr',
        last: 'tbody tr',
        px: [
          v.rows.reduce((n, r) => n + tableRowPx(r), 0),
        ],
      }
    }
    default:
      return undefined
  }
}

// The default language is the default deck's, checked with the dev server's layout check.
describe.each(Object.keys(LOCALES).filter(l => l !== DEFAULT_LOCALE))('the default deck in %s', (locale) => {
  it('passes the layout check', async () => {
    const { page, slides } = await show({
      data: join(ROOT, DEFAULT_DATA),
      locale,
    })
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale)
    expect(await checkLayout(page, slides.length)).toEqual([])
  }, 240_000)
})

describe.each([
  { subjects: 2, data: DEFAULT_DATA },
  { subjects: 3, data: 'data/express-fastify-nestjs.yaml' },
  { subjects: 4, data: 'test/fixtures/valid/four-diagrams.yaml' },
])('$subjects subjects ($data)', ({ subjects, data }) => {
  it('passes the layout check, and every block is as tall as the generator estimated', async () => {
    const { page, slides, needsLayoutCheck } = await open(data)
    expect((slides.find(s => s.component === 'ComparisonTable')!.view.subjects as unknown[]).length).toBe(subjects)
    expect(slides.filter(s => s.component === 'ArchitectureDiagram').length, 'a slide per diagram').toBeGreaterThanOrEqual(2)
    // One walk through the deck: the layout check shows each slide, and the blocks are measured as it does.
    const problems: string[] = []
    const off: string[] = []
    for (const slide of slides) {
      const expected = estimates(slide)
      if (needsLayoutCheck)
        problems.push(...await checkSlide(page, slide.no))
      else if (expected)
        await showSlide(page, slide.no)
      if (!expected)
        continue
      const measured = await blockHeights(page, slide.no, expected.block, expected.first, expected.last)
      expected.px.forEach((px, i) => {
        const actual = measured[i] ?? 0
        // Drawn taller than estimated would overflow; the estimate may run a few lines long, not double.
        if (px && (actual > px * 1.05 + 4 || actual < px * 0.5))
          off.push(`slide ${slide.no} ${slide.component} block ${i}: estimated ${px.toFixed(0)} px, drawn ${actual.toFixed(0)} px`)
      })
    }
    expect(problems).toEqual([])
    expect(off).toEqual([])
  }, 240_000)
})
