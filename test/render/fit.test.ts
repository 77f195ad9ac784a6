import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { charsIn, columnChars, lines, paginate, textWidth, wrap } from '../../scripts/render/fit.ts'

describe('paginate', () => {
  const unit = () => 1
  it.each([
    [
      0,
      3,
      [0],
    ],
    [
      3,
      3,
      [3],
    ],
    [
      4,
      3,
      [2, 2],
    ],
    [
      7,
      3,
      [3, 3, 1],
    ],
    [
      9,
      3,
      [3, 3, 3],
    ],
  ])('%i items of cost 1 within %i per page: pages of %j', (n, budget, sizes) => {
    const items = Array.from({ length: n }, (_, i) => i)
    expect(paginate(items, unit, budget).map(p => p.length)).toEqual(sizes)
  })

  it('gives an item too big for any page a page of its own', () => {
    expect(paginate([1, 10, 1], x => x, 5)).toEqual([
      [1],
      [10],
      [1],
    ])
  })

  it('keeps greedy pages when evening them out would overflow one', () => {
    // Even runs of 2 would put 4 + 4 on the second page; greedy packing fits.
    expect(paginate([1, 1, 4, 4], x => x, 5)).toEqual([
      [1, 1],
      [4],
      [4],
    ])
  })

  it('gives the first page less room when something shown only there comes first', () => {
    expect(paginate([3, 3, 3], x => x, 6, 4)).toEqual([
      [3],
      [3, 3],
    ])
  })

  it('leaves the first page empty when its first item does not fit beside what is shown there', () => {
    expect(paginate([5, 1], x => x, 6, 2)).toEqual([
      [],
      [5, 1],
    ])
  })

  it('keeps a smaller first page within its room, and every page within budget', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 30 }), fc.integer({ min: 6, max: 12 }), fc.integer({ min: 0, max: 6 }), (costs, budget, first) => {
      const items = costs.map((cost, i) => ({ cost, i }))
      const pages = paginate(items, item => item.cost, budget, first)
      expect(pages.flat()).toEqual(items)
      pages.forEach((page, i) => expect(page.reduce((n, item) => n + item.cost, 0)).toBeLessThanOrEqual(i ? budget : first))
    }))
  })

  it('keeps every item, in order, on no more pages than greedy packing needs, each within budget', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 40 }), fc.integer({ min: 1, max: 20 }), (costs, budget) => {
      const items = costs.map((cost, i) => ({ cost, i }))
      const pages = paginate(items, item => item.cost, budget)
      expect(pages.flat()).toEqual(items)
      for (const page of pages)
        expect(page.length === 1 || page.reduce((n, item) => n + item.cost, 0) <= budget).toBe(true)
      let greedy = 0
      let used = Infinity
      for (const { cost } of items) {
        if (used + cost > budget) {
          greedy++
          used = 0
        }
        used += cost
      }
      expect(pages.length).toBe(Math.max(1, greedy))
    }))
  })
})

describe('text measures', () => {
  it('counts wrapped and explicit lines', () => {
    expect(lines('', 10)).toBe(1)
    expect(lines('a'.repeat(10), 10)).toBe(1)
    expect(lines('a'.repeat(11), 10)).toBe(2)
    expect(lines('a\nb', 10)).toBe(2)
  })

  it('counts a short text of wide characters by their width, not their number', () => {
    // Five characters, ten columns wide: short by length, two lines in eight columns.
    expect(lines('漢字漢字漢', 8)).toBe(2)
    expect(lines('漢字漢字', 8)).toBe(1)
  })

  it('fits fewer characters in narrower columns and larger type', () => {
    expect(columnChars(2, 1)).toBeGreaterThan(columnChars(3, 1))
    expect(charsIn(400, 1)).toBeGreaterThan(charsIn(400, 1.5))
    expect(charsIn(10, 2)).toBe(8)
  })
})

describe('wide characters (Chinese, Japanese, Korean)', () => {
  it('count twice: a CJK glyph is about 1em, an average Latin character 0.5em', () => {
    expect(textWidth('abc')).toBe(3)
    expect(textWidth('観点別スコア')).toBe(12)
    expect(textWidth('Node.jsとは')).toBe(11)
    expect(textWidth('確認日：2026/11/25')).toBe(18)
    expect(textWidth('한국어')).toBe(6)
    // Outside the BMP an ideograph is two UTF-16 units already: still two, not four.
    expect(textWidth('𠮷')).toBe(2)
  })

  it('wraps text without spaces between any two wide characters, no line wider than its column', () => {
    const text = '高速なイベントループで多数の接続を少ないスレッドでさばく'
    const out = wrap(text, 16)
    expect(out.join('')).toBe(text)
    expect(out.map(textWidth)).toEqual([16, 16, 16, 8])
  })

  it('keeps Latin words whole among wide characters, and breaks one too long for a line', () => {
    expect(wrap('Node.jsはイベントループで動く', 10)).toEqual(['Node.jsは', 'イベントル', 'ープで動く'])
    expect(wrap('ライブラリsupercalifragilistic', 10)).toEqual(['ライブラリ', 'supercalif', 'ragilistic'])
    expect(lines('観点'.repeat(10), 20)).toBe(2)
    // Half as many characters fit: Japanese is not paginated as if it were Latin.
    expect(lines('あ'.repeat(30), 40)).toBe(2)
    expect(lines('a'.repeat(30), 40)).toBe(1)
  })

  it('gives a wide character a line of its own when the column is narrower than it', () => {
    expect(wrap('日本', 1)).toEqual(['日', '本'])
  })

  it('wraps text without wide characters exactly as before: at spaces, long words cut at the column', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom('a', 'bc', ' ', '  ', '\n', 'xyz', 'é', 'longerword'), { maxLength: 30 }).map(a => a.join('')),
      fc.integer({ min: 1, max: 30 }),
      (text, chars) => {
        const expected: string[] = []
        for (const paragraph of text.split('\n')) {
          let line = ''
          for (let word of paragraph.split(' ')) {
            if (line && line.length + 1 + word.length > chars) {
              expected.push(line)
              line = ''
            }
            while (word.length > chars) {
              if (line) {
                expected.push(line)
                line = ''
              }
              expected.push(word.slice(0, chars))
              word = word.slice(chars)
            }
            line = line
              ? `${line} ${word}`
              : word
          }
          expected.push(line)
        }
        expect(wrap(text, chars)).toEqual(expected)
      },
    ))
  })
})
