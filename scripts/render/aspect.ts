import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { AspectView } from './view.ts'
import { citationNote, citationsFor, partTitle } from './context.ts'
import { columnChars, lines, paginate } from './fit.ts'

/** Pixels a column has for its key phrase and bullets, below the slide title and subject header. */
const COLUMN_PX = 330

export function aspectSlides(ctx: DeckContext): Slide[] {
  const columns = ctx.subjects.length
  const cellPx = (text: string) => lines(text, columnChars(columns, 1.3)) * 27 + 14
  const bulletPx = (text: string) => lines(text, columnChars(columns, 1.12)) * 23.3 + 6.3
  return ctx.data.aspects.flatMap((aspect) => {
    const citations = citationsFor(ctx, aspect.sources)
    const cells = ctx.subjects.map(s => aspect.cells[s.id] ?? '')
    // Each subject's bullets continue on further slides when they do not fit under its cell.
    const pages = ctx.subjects.map((s, i) => paginate(aspect.details?.[s.id] ?? [], bulletPx, COLUMN_PX - cellPx(cells[i]!)))
    const count = Math.max(...pages.map(p => p.length))
    const scores = aspect.scores
      ? `Scores (1 to 5): ${ctx.subjects.map(s => `${s.name} ${aspect.scores?.[s.id]}`).join(', ')}.`
      : ''
    return Array.from({ length: count }, (_, part): Slide => {
      const title = partTitle(aspect.title, part, count)
      const view: AspectView = {
        title,
        subjects: ctx.subjects,
        sides: ctx.subjects.map((s, i) => ({ cell: cells[i]!, details: pages[i]![part] ?? [], score: aspect.scores?.[s.id] })),
        citations,
      }
      return {
        title,
        layout: 'default',
        component: 'AspectCompare',
        view,
        notes: part > 0
          ? [
              `${aspect.title}, continued.`,
              citationNote(citations),
            ]
          : [
              aspect.notes ?? `In short: ${ctx.subjects.map((s, i) => `${s.name}, ${cells[i]}`).join('; ')}.`,
              scores,
              citationNote(citations),
            ],
      }
    })
  })
}
