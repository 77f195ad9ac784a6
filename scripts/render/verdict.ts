import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { VerdictView } from './view.ts'
import { partTitle } from './context.ts'
import { lines, paginate } from './fit.ts'
import { charsPerLine, CONTENT_WIDTH, linePx, REM, VERDICT } from './metrics.ts'

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
    ? lines(verdict.summary, charsPerLine(CONTENT_WIDTH, { ...VERDICT.summary, bold: true })) * linePx(VERDICT.summary) + VERDICT.summaryGapRem * REM
    : 0
  // The points take 3 of 5 shares of the width, less their bullet's indent.
  const pointWidth = (CONTENT_WIDTH - VERDICT.columnGapRem * REM) * 3 / 5 - 1.1 * VERDICT.point.rem * REM
  const pointPx = (p: string) => lines(p, charsPerLine(pointWidth, VERDICT.point)) * linePx(VERDICT.point) + VERDICT.pointGapEm * VERDICT.point.rem * REM
  const pages = paginate(verdict.points ?? [], pointPx, VERDICT.bodyPx - summaryPx)
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
