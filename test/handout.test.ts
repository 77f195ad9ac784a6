import type { DeckSlide } from './browser/harness.ts'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderNotes, renderTitle } from '../scripts/handout/deck.ts'
import { readDeck } from './browser/harness.ts'
import { ink, pageSizes, pageTexts, pdfFonts, pdfImages, plainNote, runScript } from './support/pdf.ts'

// `npm run export:handout`, read back with pdf.js and pdf-lib.

let dir: string
let pdf: string
let stdout: string
let slides: DeckSlide[]

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'versus-handout-test-'))
  pdf = join(dir, 'deck-handout.pdf')
  slides = await readDeck()
  const result = await runScript([
    'scripts/versus.ts',
    'export',
    '--format',
    'handout',
    'slides.md',
    '--out',
    pdf,
  ])
  expect(result.code, result.stderr).toBe(0)
  stdout = result.stdout
}, 120_000)

afterAll(() => rm(dir, { recursive: true, force: true }))

describe('npm run export:handout', () => {
  it('prints the path it wrote', () => {
    expect(stdout.trim().split('\n').at(-1)).toBe(pdf)
    expect(existsSync(pdf)).toBe(true)
  })

  it('is A4 portrait with one page per slide', async () => {
    const sizes = await pageSizes(pdf)
    expect(sizes).toHaveLength(slides.length)
    // A4 is 210 × 297 mm: 595.3 × 841.9 pt.
    for (const { width, height } of sizes) {
      expect(width).toBeCloseTo(595.3, 0)
      expect(height).toBeCloseTo(841.9, 0)
    }
  })

  it('has each slide\'s notes, and its number, on that slide\'s page', async () => {
    const pages = await pageTexts(pdf)
    for (const slide of slides) {
      const page = pages[slide.no - 1] ?? ''
      expect(slide.note.length, `slide ${slide.no} has notes`).toBeGreaterThan(20)
      expect(page.replace(/\s+/g, ''), `notes of slide ${slide.no}`).toContain(plainNote(slide.note))
      expect(page).toContain(`Slide ${slide.no} / ${slides.length}`)
    }
  })

  it('shows each slide as an image above its notes', async () => {
    // The slide PNG is the one colour image on each page, at least as wide as the slide.
    const images = await pdfImages(pdf)
    for (const slide of slides) {
      const slideImages = images.filter(image => image.page === slide.no && image.color !== 'DeviceGray' && image.width >= 980)
      expect(slideImages, `image on page ${slide.no}`).toHaveLength(1)
    }
    // Between the header and the notes' heading (10% to 42% of the page) the slide draws ink.
    for (const slide of slides)
      expect(await ink(pdf, slide.no, 0.1, 0.42), `ink of slide ${slide.no}`).toBeGreaterThan(0.005)
    // The measure tells the slide from the white space beneath the shortest notes.
    const shortest = slides.reduce((a, b) => b.note.length < a.note.length
      ? b
      : a)
    expect(await ink(pdf, shortest.no, 0.6, 0.9)).toBeLessThan(0.005)
  })

  it('uses the deck font, embedded', async () => {
    const nunito = (await pdfFonts(pdf)).filter(font => /NunitoSans/.test(font.name))
    expect(nunito.length).toBeGreaterThan(0)
    expect(nunito.filter(font => !font.embedded)).toEqual([])
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

describe('without a browser', () => {
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

  it('rejects bad usage with exit 2', async () => {
    const result = await runScript([
      'scripts/versus.ts',
      'export',
      '--format',
      'handout',
      '--out',
      'handout.txt',
    ])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('.pdf')
  })
})
