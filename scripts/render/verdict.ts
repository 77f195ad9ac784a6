import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { CitedText, VerdictView } from './view.ts'
import { allCitations, citationNote, citedText, partTitle, withMarks } from './context.ts'
import { lines, paginate } from './fit.ts'
import { charsPerLine, CONTENT_WIDTH, linePx, REM, VERDICT } from './metrics.ts'

export function verdictSlide(ctx: DeckContext): Slide[] {
  const { verdict } = ctx.data
  const { l } = ctx
  if (!verdict)
    return []
  const summaryPx = verdict.summary
    ? lines(verdict.summary, charsPerLine(CONTENT_WIDTH, { ...VERDICT.summary, bold: true })) * linePx(VERDICT.summary) + VERDICT.summaryGapRem * REM
    : 0
  // The points take the width less their bullet's indent.
  const pointWidth = CONTENT_WIDTH - 1.1 * VERDICT.point.rem * REM
  const pointPx = (p: CitedText) => lines(withMarks(p.text, p.citations), charsPerLine(pointWidth, VERDICT.point)) * linePx(VERDICT.point) + VERDICT.pointGapEm * VERDICT.point.rem * REM
  const pages = paginate((verdict.points ?? []).map(p => citedText(ctx, p)), pointPx, VERDICT.bodyPx - summaryPx)
  return pages.map((points, part): Slide => {
    const title = partTitle(l, l.t('verdictTitle'), part, pages.length)
    const first = part === 0
    const view: VerdictView = {
      title,
      summary: first ? verdict.summary : undefined,
      points,
    }
    return {
      title,
      layout: 'default',
      component: 'VerdictSlide',
      view,
      notes: [
        first
          ? verdict.summary ?? l.t('notesVerdict')
          : l.t('notesVerdictContinued'),
        citationNote(l, allCitations(...points.map(p => p.citations))),
      ],
    }
  })
}
