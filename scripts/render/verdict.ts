import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { VerdictView } from './view.ts'

/** Mean of each subject's scores, over the aspects that have scores. */
export function averageScores(ctx: DeckContext): number[] | undefined {
  const scored = ctx.data.aspects.filter(a => a.scores)
  if (!scored.length)
    return undefined
  return ctx.subjects.map(s => Math.round(10 * scored.reduce((sum, a) => sum + (a.scores?.[s.id] ?? 0), 0) / scored.length) / 10)
}

export function verdictSlide(ctx: DeckContext): Slide[] {
  const { verdict } = ctx.data
  if (!verdict)
    return []
  const averages = averageScores(ctx)
  const view: VerdictView = {
    title: 'Verdict',
    summary: verdict.summary,
    points: verdict.points ?? [],
    subjects: ctx.subjects,
    averages,
  }
  return [
    {
      title: 'Verdict',
      layout: 'default',
      component: 'VerdictSlide',
      view,
      notes: [
        verdict.summary ?? 'Sum up.',
        averages
          ? `Mean scores over all scored aspects: ${ctx.subjects.map((s, i) => `${s.name} ${averages[i]}`).join(', ')}. A mean hides trade-offs: weigh the aspects that matter for your project.`
          : '',
      ],
    },
  ]
}
