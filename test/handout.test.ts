import type { RenderedSlides } from '../scripts/handout/export.ts'
import type { Paper, PerPage } from '../scripts/handout/page.ts'
import type { DeckSlide } from './browser/harness.ts'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFName } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../scripts/generate.ts'
import { readHandoutDeck, renderNotes, renderTitle } from '../scripts/handout/deck.ts'
import { exportHandout, renderedSlides, slidesInPdf } from '../scripts/handout/export.ts'
import { SLIDE_LINK } from '../scripts/handout/page.ts'
import { exportedPdf, readDeck, ROOT } from './browser/harness.ts'
import { ink, outlineTitles, pageSizes, pageTexts, pdfFonts, pdfForms, pdfLinks, plainNote, runScript } from './support/pdf.ts'

// The handout export, read back with pdf.js and pdf-lib. Slidev exports the
// deck's slides once (the slow part: `npm run export`, shared with the export
// suite); exportHandout then lays the same pages out in each layout. Every layout
// once, each paper twice: the paper only sizes the sheet.

const LAYOUTS: Array<{ perPage: PerPage, paper: Paper }> = [
  { perPage: 1, paper: 'A4' },
  { perPage: 2, paper: 'Letter' },
  { perPage: 3, paper: 'Letter' },
  { perPage: 6, paper: 'A4' },
]

/** Page sizes in points: A4 is 210 × 297 mm, US Letter 8.5 × 11 in. */
const POINTS: Record<Paper, { width: number, height: number }> = {
  A4: { width: 595.3, height: 841.9 },
  Letter: { width: 612, height: 792 },
}

interface Printed {
  pdf: string
  /** Slides exportHandout warned about: notes too long for their sheet, which then runs onto another page. */
  spills: number[]
}

let dir: string
let slides: DeckSlide[]
let rendered: RenderedSlides
const printed = new Map<string, Printed>()
const key = ({ perPage, paper }: { perPage: PerPage, paper: Paper }) => `${perPage}-up ${paper}`

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'versus-handout-test-'))
  slides = await readDeck()
  rendered = await renderedSlides(await readHandoutDeck('slides.md'), await exportedPdf())
  for (const layout of LAYOUTS) {
    const warnings: string[] = []
    const pdf = await exportHandout({
      entry: 'slides.md',
      output: join(dir, `handout-${layout.perPage}-${layout.paper}.pdf`),
      ...layout,
      slides: rendered,
      log: {
        info: () => {},
        warn: message => warnings.push(message),
      },
    })
    printed.set(key(layout), {
      pdf,
      spills: warnings.map(message => Number(/^Slide (\d+):/.exec(message)?.[1])),
    })
  }
}, 300_000)

afterAll(() => rm(dir, { recursive: true, force: true }))

describe('renderedSlides', () => {
  it('takes a PDF with a page per slide, and the slides\' size from it', () => {
    expect(rendered.deck.slides.map(s => s.no)).toEqual(slides.map(s => s.no))
    expect(existsSync(rendered.pdf)).toBe(true)
    // The deck's 980 px canvas at 16:9, printed at 72 pt per 96 px.
    expect(rendered.size.width).toBeCloseTo(980 * 0.75, 0)
    expect(rendered.size.width / rendered.size.height).toBeCloseTo(16 / 9, 1)
  })

  it('refuses a PDF whose pages are not the deck\'s slides', async () => {
    const deck = await readHandoutDeck('slides.md')
    await expect(renderedSlides({
      ...deck,
      slides: deck.slides.slice(1),
    }, rendered.pdf)).rejects.toThrow(/pages for/)
  })
})

describe('slidesInPdf', () => {
  it('takes the PDF of a deck when it has a page per slide, and leaves it when it has not', async () => {
    expect((await slidesInPdf('slides.md', rendered.pdf))?.deck.slides).toHaveLength(slides.length)
    // Another deck's PDF stands for a PDF with click steps: more pages than slides.
    const other = join(dir, 'other.md')
    expect((await generate({ data: 'data/express-fastify-nestjs.yaml', out: other })).status).toBe('written')
    expect((await readHandoutDeck(other)).slides.length).not.toBe(slides.length)
    expect(await slidesInPdf(other, rendered.pdf)).toBeUndefined()
  })
})

describe.each(LAYOUTS)('exportHandout, $perPage per page on $paper', (layout) => {
  const get = () => printed.get(key(layout))!
  const sheets = () => Math.ceil(slides.length / layout.perPage)

  it('writes the path it returns, a page per sheet, each the size of the paper', async () => {
    const { pdf, spills } = get()
    expect(existsSync(pdf)).toBe(true)
    const sizes = await pageSizes(pdf)
    // A sheet whose notes do not fit runs onto another page, and says so.
    if (spills.length)
      expect(sizes.length).toBeGreaterThan(sheets())
    else
      expect(sizes).toHaveLength(sheets())
    for (const { width, height } of sizes) {
      expect(Math.abs(width - POINTS[layout.paper].width)).toBeLessThanOrEqual(1)
      expect(Math.abs(height - POINTS[layout.paper].height)).toBeLessThanOrEqual(1)
    }
  })

  it('draws each slide once, as many to a page as asked, and links to none', async () => {
    const { pdf, spills } = get()
    // Each slide is a page of the slides' PDF drawn as a form of that page's size.
    const drawn = (await pdfForms(pdf)).filter(form => Math.abs(form.width - rendered.size.width) < 1 && Math.abs(form.height - rendered.size.height) < 1)
    expect(drawn).toHaveLength(slides.length)
    // In order, each no wider than its share of the sheet.
    expect(drawn.map(form => form.page)).toEqual([
      ...drawn.map(form => form.page),
    ].sort((a, b) => a - b))
    expect(await pdfLinks(pdf)).not.toContainEqual(expect.stringContaining(SLIDE_LINK))
    const perPage = new Map<number, number>()
    for (const form of drawn)
      perPage.set(form.page, (perPage.get(form.page) ?? 0) + 1)
    if (!spills.length) {
      for (let page = 1; page <= sheets(); page++)
        expect(perPage.get(page), `slides on page ${page}`).toBe(Math.min(layout.perPage, slides.length - (page - 1) * layout.perPage))
    }
    for (const [page, onPage] of perPage)
      expect(onPage, `slides on page ${page}`).toBeLessThanOrEqual(layout.perPage)
  })

  it(layout.perPage <= 2
    ? 'prints every slide\'s speaker notes'
    : 'prints no speaker notes', async () => {
    const text = (await pageTexts(get().pdf)).join('').replace(/\s+/g, '')
    for (const slide of slides) {
      expect(slide.note.length, `slide ${slide.no} has notes`).toBeGreaterThan(20)
      if (layout.perPage <= 2)
        expect(text, `notes of slide ${slide.no}`).toContain(plainNote(slide.note))
      else
        expect(text, `notes of slide ${slide.no}`).not.toContain(plainNote(slide.note))
    }
  })

  it('numbers every slide, with a bookmark for each', async () => {
    const { pdf } = get()
    const text = (await pageTexts(pdf)).join('\n')
    const outline = await outlineTitles(pdf)
    expect(outline.length).toBeGreaterThanOrEqual(slides.length)
    if (layout.perPage > 1) {
      for (const slide of slides) {
        expect(text).toContain(`Slide ${slide.no}`)
        expect(outline.some(title => title.startsWith(`Slide ${slide.no} `) || title === `Slide ${slide.no}`), `bookmark of slide ${slide.no}`).toBe(true)
      }
      expect(text).toContain(`Slides 1–${layout.perPage} / ${slides.length}`)
    }
  })

  it('uses the deck font, embedded, and is tagged', async () => {
    const { pdf } = get()
    const fonts = await pdfFonts(pdf)
    const nunito = fonts.filter(font => /NunitoSans/.test(font.name))
    expect(nunito.length).toBeGreaterThan(0)
    expect(fonts.filter(font => !font.embedded)).toEqual([])
    const doc = await PDFDocument.load(await readFile(pdf))
    expect(doc.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true)
  })
})

describe('1 per page on A4', () => {
  it('has each slide\'s notes, and its number, on that slide\'s page', async () => {
    const { pdf, spills } = printed.get('1-up A4')!
    expect(spills).toEqual([])
    const pages = await pageTexts(pdf)
    for (const slide of slides) {
      const page = pages[slide.no - 1] ?? ''
      expect(page.replace(/\s+/g, ''), `notes of slide ${slide.no}`).toContain(plainNote(slide.note))
      expect(page).toContain(`Slide ${slide.no} / ${slides.length}`)
    }
  })

  it('draws each slide above its notes', async () => {
    const { pdf } = printed.get('1-up A4')!
    // The measure tells the slide from the white space beneath the shortest notes.
    const shortest = slides.reduce((a, b) => b.note.length < a.note.length
      ? b
      : a)
    expect(await ink(pdf, shortest.no, 0.6, 0.9)).toBeLessThan(0.005)
    // Between the header and the notes' heading (10% to 42% of the page) the
    // slide draws ink. Every page has its slide (above); a page takes a third
    // of a second to draw, so a few stand for the rest: the ends, the middle
    // and the one measured above.
    const sample = new Set([
      1,
      Math.ceil(slides.length / 2),
      slides.length,
      shortest.no,
    ])
    for (const no of sample)
      expect(await ink(pdf, no, 0.1, 0.42), `ink of slide ${no}`).toBeGreaterThan(0.005)
  })
})

describe('the slides on paper', () => {
  it('keep their text as text, as Slidev exported it', async () => {
    const { pdf } = printed.get('1-up A4')!
    const agenda = slides.find(s => s.component === 'AgendaList')!
    const page = (await pageTexts(pdf))[agenda.no - 1]!.replace(/\s+/g, ' ')
    const details = (agenda.view.items as { detail?: string }[]).flatMap(item => item.detail ?? [])
    expect(details.length).toBeGreaterThan(2)
    for (const detail of details)
      expect(page).toContain(detail)
  })
})

describe('handout notes rendering', () => {
  it('shows HTML typed into a note as text', () => {
    const html = renderNotes('a &lt;b&gt; and <img src=x onerror=alert(1)> <script>alert(1)</script>')
    expect(html).not.toMatch(/<(img|script|b)\b/)
    expect(html).toContain('&lt;script&gt;')
  })

  it('links http(s) URLs after resolving escapes, and nothing else', () => {
    const html = renderNotes('https://nodejs.org/api/worker\\_threads.html and [x](javascript:alert(1)) ftp://a.org')
    expect(html).toContain('<a href="https://nodejs.org/api/worker_threads.html">https://nodejs.org/api/worker_threads.html</a>')
    expect(html).not.toContain('javascript:alert(1)"')
    expect(html).not.toContain('href="ftp:')
  })

  it('drops Slidev click markers and plain-texts titles wrapped for Slidev', () => {
    expect(renderNotes('one [click] two [click:2] three')).toBe('<p>one  two  three</p>\n')
    expect(renderTitle('<span v-pre>Node.js&#58; The event loop</span>')).toBe('Node.js: The event loop')
  })
})

describe('versus export --format handout on its own', () => {
  it('has Slidev render the slides, one page each, and lays out a page per slide', async () => {
    // A small deck: the talk suite's pdf,handout run lays its handout out from the PDF instead.
    const entry = '.test-handout-minimal.md'
    try {
      expect((await generate({
        data: 'test/fixtures/valid/minimal.yaml',
        out: join(ROOT, entry),
      })).status).toBe('written')
      const count = (await readDeck(join(ROOT, entry))).length
      const out = join(dir, 'minimal-handout.pdf')
      const result = await runScript([
        'scripts/versus.ts',
        'export',
        entry,
        '-f',
        'handout',
        '-o',
        out,
      ])
      expect(result.code, result.stderr).toBe(0)
      expect(result.stdout).toContain(`Rendering ${count} slides`)
      expect(await pageSizes(out)).toHaveLength(count)
    }
    finally {
      await rm(join(ROOT, entry), { force: true })
    }
  }, 120_000)
})

describe('versus export --format handout without a browser', () => {
  it('says how to install one and exits 1, without a stack trace', async () => {
    const result = await runScript([
      'scripts/versus.ts',
      'export',
      '-f',
      'handout',
      '-o',
      join(tmpdir(), 'versus-never.pdf'),
    ], { CHROMIUM_PATH: '/nonexistent' })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('apt-get install')
    expect(result.stderr).not.toMatch(/^ {4}at /m)
    expect(existsSync(join(tmpdir(), 'versus-never.pdf'))).toBe(false)
  })

  it.each([
    [
      ['--out', 'handout.txt'],
      '--out "handout.txt": --format handout writes a .pdf file',
    ],
    [
      ['--per-page', '4'],
      '--per-page must be one of 1, 2, 3, 6, got "4"',
    ],
    [
      ['--per-page=two'],
      '--per-page must be one of 1, 2, 3, 6, got "two"',
    ],
    [
      ['--paper', 'A3'],
      '--paper must be one of A4, Letter, got "A3"',
    ],
    [
      ['--paper'],
      'Option \'--paper <value>\' argument missing',
    ],
  ])('rejects %j with exit 2 and a one-line reason', async (args, reason) => {
    const result = await runScript([
      'scripts/versus.ts',
      'export',
      '--format',
      'handout',
      ...args,
    ], { CHROMIUM_PATH: '/nonexistent' })
    expect(result).toMatchObject({ code: 2, stderr: `versus export: ${reason} (see versus export --help)\n` })
  })

  it('takes --per-page and --paper only for handouts', async () => {
    const result = await runScript([
      'scripts/versus.ts',
      'export',
      '--per-page',
      '2',
    ], { CHROMIUM_PATH: '/nonexistent' })
    expect(result).toMatchObject({ code: 2, stderr: 'versus export: --per-page is for --format handout (see versus export --help)\n' })
  })
})
