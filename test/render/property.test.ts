import type { Dataset } from '../../scripts/dataset/schema.ts'
import { parse } from '@slidev/parser'
import fc from 'fast-check'
import MarkdownExit from 'markdown-exit'
import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../../scripts/dataset/schema.ts'
import { deckSlides, renderDeck } from '../../scripts/render/deck.ts'
import { titleText } from '../../scripts/render/markdown.ts'
import { slideContent, slideView } from '../../scripts/render/slide.ts'

// For arbitrary datasets that pass the schema, the generated markdown parses
// with Slidev's own parser into exactly the slides the renderer meant, with
// every string intact, and notes that render (as Slidev renders them) to
// exactly the text they were given.

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter(s => s.trim().length > 0)
const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/)
const item = fc.record({
  title: text,
  detail: fc.option(text, { nil: undefined }),
}, {
  requiredKeys: ['title'],
})

const dataset: fc.Arbitrary<unknown> = fc.uniqueArray(slug, { minLength: 2, maxLength: 4 }).chain(subjectIds =>
  fc.uniqueArray(slug, { minLength: 1, maxLength: 30 }).chain(aspectIds =>
    fc.record({
      title: text,
      subtitle: fc.option(text, { nil: undefined }),
      subjects: fc.tuple(...subjectIds.map(id => fc.record({
        id: fc.constant(id),
        name: text,
        tagline: text,
        summary: fc.option(text, { nil: undefined }),
        pros: fc.option(fc.array(item, { maxLength: 4 }), { nil: undefined }),
        cons: fc.option(fc.array(item, { maxLength: 4 }), { nil: undefined }),
        bestFor: fc.option(fc.array(item, { maxLength: 4 }), { nil: undefined }),
      }))),
      aspects: fc.tuple(...aspectIds.map(id => fc.record({
        id: fc.constant(id),
        title: text,
        cells: fc.tuple(...subjectIds.map(() => text)).map(cells => Object.fromEntries(subjectIds.map((s, i) => [s, cells[i]]))),
        scores: fc.option(fc.tuple(...subjectIds.map(() => fc.integer({ min: 1, max: 5 }))).map(v => Object.fromEntries(subjectIds.map((s, i) => [s, v[i]]))), { nil: undefined }),
        notes: fc.option(text, { nil: undefined }),
      }))),
      scenarios: fc.option(fc.array(fc.record({
        id: slug,
        title: text,
        weights: fc.constant(Object.fromEntries(aspectIds.map(id => [id, 2]))),
      }), { maxLength: 2 }).map(list => list.filter((s, i) => list.findIndex(t => t.id === s.id) === i)), { nil: undefined }),
      verdict: fc.option(fc.record({
        summary: text,
        points: fc.array(text, { maxLength: 5 }),
      }), { nil: undefined }),
    }),
  ),
).map(d => JSON.parse(JSON.stringify(d)) as unknown)

const valid = dataset.map(d => datasetSchema.safeParse(d)).filter(r => r.success).map(r => r.data as Dataset)

/** Notes as a presenter sees them: Slidev renders them with markdown-exit, raw HTML on. */
const md = MarkdownExit({ html: true })
function shownNote(note: string): string {
  const html = md.render(note)
  const doc = html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
  return doc.replace(/\s+/g, ' ').trim()
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

describe('any valid dataset', () => {
  it('renders without throwing into the slides, layouts, views, titles and notes it meant', async () => {
    await fc.assert(fc.asyncProperty(valid, async (data) => {
      const slides = deckSlides(data)
      const deck = await parse(renderDeck(data, { source: 'data/any.yaml', exportName: 'any' }), 'slides.md')
      expect(deck.slides).toHaveLength(slides.length)
      deck.slides.forEach((parsed, i) => {
        const slide = slides[i]!
        expect(parsed.frontmatter.layout).toBe(slide.layout)
        expect(slideView(parsed.frontmatter)).toEqual(JSON.parse(JSON.stringify(slide.view)))
        expect(parsed.title).toBe(titleText(slide.title))
        expect(parsed.content).toBe(slideContent(slide.component))
        expect(shownNote(parsed.note ?? '')).toBe(squash(slide.notes.filter(Boolean).join(' ')))
      })
    }), { numRuns: 60 })
  }, 120_000)
})
