import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { ScoreChartView } from './view.ts'
import { partTitle } from './context.ts'
import { paginate } from './fit.ts'

/** Aspects per chart slide: rows stay tall enough to read their labels. */
export const CHART_ROWS = 10

/** Every scored aspect as a row of bars, one bar per subject. */
export function scoreChartSlides(ctx: DeckContext): Slide[] {
  const rows = ctx.data.aspects
    .filter(a => a.scores)
    .map(a => ({
      title: a.title,
      scores: ctx.subjects.map(s => a.scores?.[s.id] ?? 0),
    }))
  if (!rows.length)
    return []
  const pages = paginate(rows, () => 1, CHART_ROWS)
  return pages.map((part, i): Slide => {
    const title = partTitle('Scores by aspect', i, pages.length)
    const view: ScoreChartView = { title, subjects: ctx.subjects, rows: part }
    return {
      title,
      layout: 'default',
      component: 'ScoreChart',
      view,
      notes: [
        'Scores run from 1 to 5, 5 being strongest; each aspect slide says why.',
        ...part.map(r => `${r.title}: ${ctx.subjects.map((s, j) => `${s.name} ${r.scores[j]}`).join(', ')}.`),
      ],
    }
  })
}
