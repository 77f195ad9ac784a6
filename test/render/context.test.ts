import { describe, expect, it } from 'vitest'
import { longHex } from '../../scripts/color.ts'
import { citationNote, createContext, FALLBACK_COLORS, partTitle, textOn } from '../../scripts/render/context.ts'
import { localizer } from '../../scripts/render/locale/index.ts'

const english = localizer('en')

describe('small helpers', () => {
  it('partTitle numbers only when there are several parts', () => {
    expect(partTitle(english, 'Sources', 0, 1)).toBe('Sources')
    expect(partTitle(english, 'Sources', 1, 3)).toBe('Sources (2/3)')
    expect(partTitle(localizer('de'), 'Quellen', 1, 3)).toBe('Quellen (2/3)')
  })

  it('longHex expands #rgb and keeps #rrggbb', () => {
    expect(longHex('#abc')).toBe('#aabbcc')
    expect(longHex('#A1B2C3')).toBe('#A1B2C3')
  })

  it('textOn picks black or white, whichever contrasts more, and that is always at least 4.5:1', () => {
    expect(textOn('#ffffff')).toBe('#000000')
    expect(textOn('#000')).toBe('#ffffff')
    // Node.js green: white would be about 3.2:1, black about 6.6:1.
    expect(textOn('#5FA04E')).toBe('#000000')
    expect(textOn('#3776AB')).toBe('#ffffff')
    const lum = (hex: string) => [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map(c => c <= 0.03928
      ? c / 12.92
      : ((c + 0.055) / 1.055) ** 2.4).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0)
    for (let v = 0; v < 0x1000000; v += 0x0F0F0F + 0x010203) {
      const bg = `#${v.toString(16).padStart(6, '0')}`
      const [a, b] = [
        lum(bg),
        lum(textOn(bg)),
      ].sort((x, y) => y - x)
      expect((a! + 0.05) / (b! + 0.05), bg).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('citationNote', () => {
    expect(citationNote(english, [])).toBe('')
    expect(citationNote(english, [
      { n: 2, title: 'T', url: 'https://x' },
      { n: 3, title: 'U', url: 'https://y' },
    ])).toBe('Sources: [2] T, https://x; [3] U, https://y')
    expect(citationNote(localizer('ja'), [
      { n: 2, title: 'T', url: 'https://x' },
    ])).toBe('出典：[2] T, https://x')
  })
})

describe('createContext', () => {
  it('gives subjects lowercase long colours, falling back per column, and numbers sources in order', () => {
    const ctx = createContext({
      title: 'T',
      subjects: [
        {
          id: 'a',
          name: 'A',
          tagline: 'x',
          color: '#ABC',
        },
        { id: 'b', name: 'B', tagline: 'y' },
        { id: 'c', name: 'C', tagline: 'z' },
        {
          id: 'd',
          name: 'D',
          tagline: 'w',
          color: '#123456',
        },
      ],
      aspects: [
        {
          id: 's',
          title: 'S',
          cells: { a: '1', b: '2', c: '3', d: '4' },
        },
      ],
      sources: [
        { id: 'one', title: 'One', url: 'https://1' },
        { id: 'two', title: 'Two', url: 'https://2' },
      ],
    })
    expect(ctx.subjects.map(s => s.color)).toEqual([
      '#aabbcc',
      FALLBACK_COLORS[1].toLowerCase(),
      FALLBACK_COLORS[2].toLowerCase(),
      '#123456',
    ])
    expect([
      ...ctx.citations.entries(),
    ]).toEqual([
      [
        'one',
        { n: 1, title: 'One', url: 'https://1' },
      ],
      [
        'two',
        { n: 2, title: 'Two', url: 'https://2' },
      ],
    ])
  })
})
