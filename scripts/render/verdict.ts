import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { VerdictView } from './view.ts'
import { partTitle } from './context.ts'
import { charsIn, lines, paginate } from './fit.ts'

const POINTS_PX = 390

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
  const summaryPx = verdict.summary
    ? lines(verdict.summary, charsIn(870, 1.45)) * 31 + 16
    : 0
  const pointPx = (p: string) => lines(p, charsIn(500, 1.25)) * 26 + 7
  const pages = paginate(verdict.points ?? [], pointPx, POINTS_PX - summaryPx)
  return pages.map((points, part): Slide => {
    const title = partTitle('Verdict', part, pages.length)
    const first = part === 0
    const view: VerdictView = {
      title,
      summary: first ? verdict.summary : undefined,
      points,
      subjects: ctx.subjects,
      averages: first ? averages : undefined,
    }
    const means = averages && first
      ? `Mean scores over all scored aspects: ${ctx.subjects.map((s, i) => `${s.name} ${averages[i]}`).join(', ')}. A mean hides trade-offs: weigh the aspects that matter for your project.`
      : ''
    return {
      title,
      layout: 'default',
      component: 'VerdictSlide',
      view,
      notes: [
        first
          ? verdict.summary ?? 'Sum up.'
          : 'The verdict, continued.',
        means,
      ],
    }
  })
}
