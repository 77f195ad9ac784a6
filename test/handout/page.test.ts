import type { HandoutDeck } from '../../scripts/handout/deck.ts'
import type { Paper, PerPage } from '../../scripts/handout/page.ts'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { contentBox, handoutHtml, PAPERS, PER_PAGE, ruledLines, SIZES, SLIDE_LINK } from '../../scripts/handout/page.ts'

// The handout's layout as HTML, before any browser sees it.

function deck(count: number, lang = 'en'): HandoutDeck {
  return {
    titleHtml: 'Node.js vs Django',
    infoHtml: 'A comparison',
    exportFilename: undefined,
    lang,
    slides: Array.from({ length: count }, (_, i) => ({
      no: i + 1,
      titleHtml: `Title ${i + 1}`,
      notesHtml: i === 1
        ? ''
        : `<p>Notes of slide ${i + 1}.</p>`,
    })),
  }
}

/** Slidev's 980 px canvas at 16:9, in points. */
const SLIDE = { width: 735, height: 413.4 }

function layout(count: number, perPage: PerPage, paper: Paper = 'A4', lang?: string): Document {
  const slides = deck(count, lang)
  const html = handoutHtml(slides, SLIDE, '', { perPage, paper })
  const { document } = new Window()
  document.write(html)
  return document as unknown as Document
}

const count = 7

describe.each(PER_PAGE)('%i slide(s) per page', (perPage) => {
  const doc = layout(count, perPage)
  const sheets = [
    ...doc.querySelectorAll('.sheet'),
  ]

  it('has one sheet per group of slides, each slide once and in order', () => {
    expect(sheets).toHaveLength(Math.ceil(count / perPage))
    expect(sheets.map(sheet => sheet.querySelectorAll('.item').length)).toEqual(
      sheets.map((_, i) => Math.min(perPage, count - i * perPage)),
    )
    expect([
      ...doc.querySelectorAll('figure.slide a.frame'),
    ].map(frame => frame.getAttribute('href'))).toEqual(
      Array.from({ length: count }, (_, i) => `${SLIDE_LINK}${i}`),
    )
  })

  it('gives every slide a heading, for the PDF outline', () => {
    expect([
      ...doc.querySelectorAll('.item'),
    ].map(item => item.querySelectorAll('h2').length)).toEqual(Array.from({ length: count }).fill(1))
  })

  it('prints speaker notes at 1 and 2 per page only', () => {
    const notes = doc.querySelectorAll('.notes')
    if (perPage <= 2) {
      expect(notes).toHaveLength(count)
      expect(doc.body.textContent).toContain('Notes of slide 7.')
      expect(doc.body.textContent).toContain('No speaker notes for this slide.')
    }
    else {
      expect(notes).toHaveLength(0)
      expect(doc.body.textContent).not.toContain('Notes of slide')
    }
  })

  it('rules lines for the reader\'s own notes at 3 per page only', () => {
    const lines = doc.querySelectorAll('.item .lines')
    expect(lines).toHaveLength(perPage === 3
      ? count
      : 0)
    if (perPage === 3) {
      for (const ruled of lines)
        expect(ruled.querySelectorAll('.rule')).toHaveLength(ruledLines('A4'))
    }
    expect(doc.querySelectorAll('.rule').length > 0).toBe(perPage === 3)
  })

  it('numbers the slides of each sheet in its footer', () => {
    const counters = sheets.map(sheet => sheet.querySelector('footer .no')?.textContent)
    expect(counters[0]).toBe(perPage === 1
      ? `Slide 1 / ${count}`
      : `Slides 1–${perPage} / ${count}`)
    // The last sheet holds what is left: 7 = 6 + 1, so a single slide at 6 per page.
    expect(counters.at(-1)).toBe(count % perPage === 1 || perPage === 1
      ? `Slide ${count} / ${count}`
      : `Slides ${count - ((count - 1) % perPage)}–${count} / ${count}`)
  })
})

describe('paper', () => {
  it.each(Object.keys(PAPERS) as Paper[])('%s: the @page size and the sheet\'s size agree', (paper) => {
    const doc = layout(3, 2, paper)
    const css = [
      ...doc.querySelectorAll('style'),
    ].map(style => style.textContent).join('\n')
    expect(css).toContain(`@page { size: ${PAPERS[paper].css}; margin: 0; }`)
    expect(css).toMatch(new RegExp(`\\.sheet \\{\\s*width: ${PAPERS[paper].width}mm;\\s*height: ${PAPERS[paper].height}mm;`))
    expect(css).not.toContain(paper === 'A4'
      ? '279.4mm'
      : '297mm')
  })

  it('uS Letter is 8.5 × 11 in', () => {
    expect(PAPERS.Letter.width).toBeCloseTo(8.5 * 25.4)
    expect(PAPERS.Letter.height).toBeCloseTo(11 * 25.4)
  })

  it('leaves room for three slides beside lines on either paper, lines no closer than the pitch', () => {
    for (const paper of Object.keys(PAPERS) as Paper[]) {
      const { width, height } = contentBox(paper)
      const row = (height - 2 * SIZES.gap) / 3
      // The slide (16:9) and a caption line above it fit in its row.
      expect(width * SIZES.slideColumn * 9 / 16 + 6).toBeLessThan(row)
      expect(ruledLines(paper)).toBeGreaterThanOrEqual(6)
      expect(row / ruledLines(paper)).toBeGreaterThanOrEqual(SIZES.rulePitch)
    }
  })
})

describe('the handout\'s words', () => {
  it('follow the deck\'s language on every layout', () => {
    const doc = layout(4, 3, 'A4', 'de')
    expect(doc.documentElement.getAttribute('lang')).toBe('de')
    expect(doc.querySelector('footer')?.textContent).toContain('Folien 1–3 / 4')
    expect(doc.querySelector('.caption')?.textContent).toContain('Folie 1')
  })
})

describe('bad input', () => {
  it('throws on a layout it does not have, or a slide with no size', () => {
    const slides = deck(2)
    expect(() => handoutHtml(slides, SLIDE, '', { perPage: 4 as PerPage, paper: 'A4' })).toThrow(/perPage/)
    expect(() => handoutHtml(slides, SLIDE, '', { perPage: 1, paper: 'A3' as Paper })).toThrow(/paper/)
    expect(() => handoutHtml(slides, { width: 735, height: 0 }, '', { perPage: 1, paper: 'A4' })).toThrow(/size/)
    expect(() => handoutHtml(slides, { width: Number.NaN, height: 414 }, '', { perPage: 1, paper: 'A4' })).toThrow(/size/)
  })
})

describe('headings', () => {
  it('keep a space between a slide\'s number and its title, as bookmarks read them without CSS', () => {
    for (const perPage of [2, 3, 6] as const) {
      const doc = layout(2, perPage)
      expect(doc.querySelector('h2')?.textContent).toBe('Slide 1 Title 1')
    }
    expect(layout(2, 1).querySelector('h2')?.textContent).toBe('Title 1')
  })
})
