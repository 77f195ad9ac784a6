import type { Dataset } from '../../scripts/dataset/schema.ts'
import type { CodeView } from '../../scripts/render/view.ts'
import { describe, expect, it } from 'vitest'
import { createContext } from '../../scripts/render/context.ts'
import { codeColumn, codeLines, exampleSlides, exampleSnippets } from '../../scripts/render/examples.ts'
import { loadHighlight, plainCode } from '../../scripts/render/highlight.ts'

function data(code: Record<string, { language: string, source: string }>, extra: Partial<Dataset> = {}): Dataset {
  return {
    title: 'T',
    subjects: [
      { id: 'a', name: 'A', tagline: 't' },
      { id: 'b', name: 'B', tagline: 't' },
      { id: 'c', name: 'C', tagline: 't' },
    ],
    aspects: [
      {
        id: 'x',
        title: 'X',
        cells: { a: '1', b: '2', c: '3' },
      },
    ],
    examples: [
      { id: 'e', title: 'Example', code },
    ],
    ...extra,
  }
}

/** Each line of a column as text, whatever the tokens. */
const text = (view: CodeView, column: number) => view.code[column]!.lines.map(line => line.map(t => t.t).join(''))

describe('exampleSlides', () => {
  it('one slide, a column per subject that has code, each line\'s text kept exactly', () => {
    const source = 'const a = "<b>{{ x }}</b>"\n\n  indented\t<!-- -->\n'
    const [slide, ...rest] = exampleSlides(createContext(data({
      a: { language: 'ts', source },
      c: { language: 'python', source: 'print("hi")' },
    })), plainCode)
    expect(rest).toEqual([])
    const view = slide!.view as CodeView
    expect(slide!.component).toBe('CodeCompare')
    expect(view.title).toBe('Example')
    expect(view.subjects.map(s => s.id)).toEqual(['a', 'c'])
    expect(view.code.map(c => c.language)).toEqual(['ts', 'python'])
    // The YAML block's last line end is dropped; nothing else changes.
    expect(text(view, 0)).toEqual(['const a = "<b>{{ x }}</b>"', '', '  indented\t<!-- -->'])
    expect(text(view, 1)).toEqual(['print("hi")'])
    expect(slide!.notes[0]).toBe('The same task in A (ts, 3 lines) and C (python, 1 line).')
  })

  it('long code continues on the next slides, whole lines, each slide within its budget, nothing lost', () => {
    const { chars, lines: budget } = codeColumn(2)
    const long = Array.from({ length: 50 }, (_, i) => i % 7 === 3
      ? `${'x'.repeat(chars * 2)} ${i}`
      : `line ${i}`)
    const slides = exampleSlides(createContext(data({
      a: {
        language: 'ts',
        source: long.join('\n'),
      },
      b: { language: 'ts', source: 'short' },
    })), plainCode)
    expect(slides.length).toBeGreaterThan(2)
    expect(slides.map(s => s.title)).toEqual(slides.map((_, i) => `Example (${i + 1}/${slides.length})`))
    const views = slides.map(s => s.view as CodeView)
    expect(views.flatMap(v => text(v, 0))).toEqual(long)
    expect(views.flatMap(v => text(v, 1))).toEqual(['short'])
    for (const view of views)
      expect(view.code[0]!.lines.reduce((n, line) => n + codeLines(line, chars), 0)).toBeLessThanOrEqual(budget)
    expect(slides[1]!.notes[0]).toBe('Example, continued.')
  })

  it('a single line longer than a slide gets a slide of its own, and is never cut', () => {
    const huge = 'y'.repeat(20_000)
    const slides = exampleSlides(createContext(data({
      a: { language: 'ts', source: `before\n${huge}\nafter` },
      b: { language: 'ts', source: 'b' },
    })), plainCode)
    expect(slides.map(s => text(s.view as CodeView, 0))).toEqual([
      ['before'],
      [huge],
      ['after'],
    ])
  })

  it('wrapped lines count as the screen lines they take, continuation lines being indented', () => {
    const { chars } = codeColumn(2)
    const line = (n: number) => [
      {
        t: 'z'.repeat(n),
      },
    ]
    expect(codeLines(line(0), chars)).toBe(1)
    expect(codeLines(line(chars), chars)).toBe(1)
    expect(codeLines(line(chars + 1), chars)).toBe(2)
    expect(codeColumn(3).chars).toBeLessThan(chars)
  })

  it('cites the example\'s sources, on the slide and in the notes', () => {
    const ctx = createContext(data({
      a: { language: 'ts', source: 'a' },
      b: { language: 'ts', source: 'b' },
    }, {
      sources: [
        { id: 's1', title: 'One', url: 'https://example.com/1' },
        { id: 's2', title: 'Two', url: 'https://example.com/2' },
      ],
    }))
    ctx.data.examples![0]!.sources = ['s2']
    const [slide] = exampleSlides(ctx, plainCode)
    expect((slide!.view as CodeView).citations).toEqual([
      { n: 2, title: 'Two', url: 'https://example.com/2' },
    ])
    expect(slide!.notes.at(-1)).toBe('Sources: [2] Two, https://example.com/2')
  })
})

describe('highlighting with Shiki', () => {
  it('lists every piece of code with its language', () => {
    expect(exampleSnippets(data({
      a: { language: 'ts', source: 'a' },
      b: { language: 'ts', source: 'b' },
      c: { language: 'go', source: 'c' },
    }))).toEqual([
      { code: 'a', language: 'ts' },
      { code: 'b', language: 'ts' },
      { code: 'c', language: 'go' },
    ])
  })

  it('colours tokens for light and dark, and keeps the text of every line', async () => {
    const highlight = await loadHighlight(['ts', 'python'])
    const source = 'import x from "y"\nconst s = `<img src=x onerror=alert(1)>`\r\n'
    const lines = highlight(source, 'ts')
    expect(lines.map(line => line.map(t => t.t).join(''))).toEqual(['import x from "y"', 'const s = `<img src=x onerror=alert(1)>`'])
    const keyword = lines[0]!.find(t => t.t === 'import')!
    expect(keyword.l).toMatch(/^#[0-9A-F]{6}$/i)
    expect(keyword.d).toMatch(/^#[0-9A-F]{6}$/i)
    expect(keyword.l).not.toBe(keyword.d)
    // The same split into lines as without a highlighter, so both paginate alike.
    expect(lines.length).toBe(plainCode(source, 'ts').length)
  })
})
