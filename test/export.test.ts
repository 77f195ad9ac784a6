import type { DeckSlide } from './browser/harness.ts'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../scripts/dataset/load.ts'
import { exportedPdf, readDeck, ROOT, versus } from './browser/harness.ts'
import { ink, outlineTitles, pageSizes, pageTexts, plainNote } from './support/pdf.ts'

// `npm run export`, read back as a user's PDF viewer would (pdf.js, pdf-lib).

const BASE = join(ROOT, 'exports', 'node-vs-django')
let slides: DeckSlide[]
/** `npm run export`'s PDF, shared with the handout suite. */
let pdf: string
/**
 * The slides the PPTX export holds. It is the PNG export's images in a zip,
 * and the PDF export shows every slide: a few are enough here. (The PDF
 * exports take no --range in Slidev 53: slidevjs/slidev#2227.)
 */
const PPTX_RANGE = [1, 2, 3]
/** The slides the PNG export shows: the first, and the verdict, whose click steps must not add images. */
let pngRange: number[]

/** The config hash of the dependencies Vite pre-bundled into node_modules/.vite/`dir`. */
async function bundledFor(dir: string): Promise<string> {
  const metadata = JSON.parse(await readFile(join(ROOT, 'node_modules', '.vite', dir, '_metadata.json'), 'utf8')) as { configHash: string }
  return metadata.configHash
}
/** What the dev servers had bundled before the exports ran (setup/vite-deps.ts has run one by now). */
let devBundled: string

// One file, run in order: Slidev's exporter prefers the same port every time.
beforeAll(async () => {
  slides = await readDeck()
  devBundled = await bundledFor('deps')
  pdf = await exportedPdf()
  pngRange = [1, slides.find(s => s.component === 'VerdictSlide')!.no]
  const range = (numbers: number[]) => [
    '--',
    '--range',
    numbers.join(','),
  ]
  for (const [format, extra] of [
    ['clicks', []],
    [
      'png',
      range(pngRange),
    ],
    [
      'pptx',
      range(PPTX_RANGE),
    ],
  ] as const) {
    await versus([
      'export',
      '--format',
      format,
      ...extra,
    ])
  }
}, 300_000)

async function pageCount(file: string): Promise<number> {
  return (await pageSizes(file)).length
}

describe('npm run export (PDF)', () => {
  it('has one page per slide', async () => {
    expect(await pageCount(pdf)).toBe(slides.length)
  })

  it('holds every aspect title and table cell as text', async () => {
    const text = (await pageTexts(pdf)).join(' ').replace(/\s+/g, ' ')
    const loaded = await loadDataset(join(ROOT, 'data', 'node-vs-django.yaml'))
    if (!loaded.ok)
      throw new Error('dataset invalid')
    // A cell wraps over lines in its column; compare word by word.
    const words = new Set(text.split(' '))
    for (const aspect of loaded.dataset.aspects) {
      expect(text).toContain(aspect.title)
      for (const cell of Object.values(aspect.cells)) {
        for (const word of cell.split(/\s+/))
          expect(words.has(word) || text.includes(word), `${aspect.id}: "${word}" of "${cell}"`).toBe(true)
      }
    }
  })

  it('has a bookmark for every slide title', async () => {
    const titles = await outlineTitles(pdf)
    expect(titles).toEqual(slides.map(s => s.title))
  })

  it('draws every diagram (pages with diagrams are not blank)', async () => {
    const diagramPages = slides.filter(s => s.component === 'ArchitectureDiagram').map(s => s.no)
    const textOnly = slides.find(s => s.component === 'AgendaList')!.no
    expect(diagramPages.length).toBeGreaterThan(0)
    for (const page of diagramPages)
      expect(await ink(pdf, page, 0.25, 1), `page ${page}`).toBeGreaterThan(0.005)
    // The measure itself tells a drawing from an empty area.
    expect(await ink(pdf, textOnly, 0.25, 1)).toBeLessThan(0.2)
  })
  it('draws the scores chart: its page holds every aspect label and a drawing', async () => {
    const chart = slides.find(s => s.component === 'ScoreChart')!
    // A long label wraps onto lines of its own: read the page's text as one run.
    const text = (await pageTexts(pdf))[chart.no - 1]!.replace(/\s+/g, ' ')
    for (const row of chart.view.rows as { title: string }[])
      expect(text).toContain(row.title)
    expect(await ink(pdf, chart.no, 0.25, 1)).toBeGreaterThan(0.03)
  })
})

describe('beside a dev server', () => {
  it('leaves the dependencies the dev server bundled alone, and keeps its own', async () => {
    expect(await bundledFor('deps')).toBe(devBundled)
    expect(await bundledFor('export/deps')).not.toBe(devBundled)
  })
})

describe('the other exports', () => {
  it('export:clicks has a page per click step: the verdict adds one per point', async () => {
    const clicks = slides.filter(s => s.component === 'VerdictSlide').reduce((n, s) => n + (s.view.points as string[]).length, 0)
    expect(clicks).toBeGreaterThan(0)
    expect(await pageCount(`${BASE}-clicks.pdf`)).toBe(slides.length + clicks)
  })

  it('export:png writes one image per slide, named by its number', async () => {
    const images = (await readdir(`${BASE}-png`)).filter(f => f.endsWith('.png'))
    expect(images.sort()).toEqual(pngRange.map(no => `${no}.png`).sort())
  })

  it('export:pptx is a zip with one slide part per slide, each with its notes', async () => {
    const zip = await JSZip.loadAsync(await readFile(`${BASE}.pptx`))
    const parts = Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    expect(parts).toHaveLength(PPTX_RANGE.length)
    // Each slide's speaker notes go with it, for PowerPoint's presenter view.
    for (const [i, no] of PPTX_RANGE.entries()) {
      const xml = await zip.file(`ppt/notesSlides/notesSlide${i + 1}.xml`)!.async('string')
      const text = [
        ...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g),
      ].map(m => m[1]).join('')
      expect(plainNote(text), `notes of slide ${no}`).toContain(plainNote(slides[no - 1]!.note).slice(0, 60))
    }
  })
})
