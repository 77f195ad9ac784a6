import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { AspectView } from './view.ts'
import { citationNote, citationsFor } from './context.ts'

export function aspectSlides(ctx: DeckContext): Slide[] {
  return ctx.data.aspects.map((aspect) => {
    const citations = citationsFor(ctx, aspect.sources)
    const view: AspectView = {
      title: aspect.title,
      subjects: ctx.subjects,
      sides: ctx.subjects.map(s => ({
        cell: aspect.cells[s.id] ?? '',
        details: aspect.details?.[s.id] ?? [],
        score: aspect.scores?.[s.id],
      })),
      citations,
    }
    const scores = aspect.scores
      ? `Scores (1 to 5): ${ctx.subjects.map(s => `${s.name} ${aspect.scores?.[s.id]}`).join(', ')}.`
      : ''
    return {
      title: aspect.title,
      layout: 'default',
      component: 'AspectCompare',
      view,
      notes: [
        aspect.notes ?? `In short: ${ctx.subjects.map(s => `${s.name}, ${aspect.cells[s.id]}`).join('; ')}.`,
        scores,
        citationNote(citations),
      ],
    }
  })
}
