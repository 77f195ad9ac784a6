import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { ScoreChartView } from './view.ts'
import { partTitle } from './context.ts'
import { paginate, wrap } from './fit.ts'
import { CONTENT_WIDTH, REM, SCORE_CHART, scoreLabelChars, scoreRowHeight } from './metrics.ts'

/** SVG units of rows a chart holds at full size: its height at the content width stays within the maximum. */
export const CHART_ROWS_PX = SCORE_CHART.maxHeightRem * REM * SCORE_CHART.width / CONTENT_WIDTH - SCORE_CHART.top - SCORE_CHART.bottom

/** Every scored aspect as a row of bars, one bar per subject. */
export function scoreChartSlides(ctx: DeckContext): Slide[] {
  const rows = ctx.data.aspects
    .filter(a => a.scores)
    .map(a => ({
      title: a.title,
      label: wrap(a.title, scoreLabelChars),
      scores: ctx.subjects.map(s => a.scores?.[s.id] ?? 0),
    }))
  if (!rows.length)
    return []
  const { l } = ctx
  const pages = paginate(rows, r => scoreRowHeight(r.label.length), CHART_ROWS_PX)
  return pages.map((part, i): Slide => {
    const title = partTitle(l, l.t('scoresTitle'), i, pages.length)
    const view: ScoreChartView = {
      title,
      subjects: ctx.subjects,
      rows: part,
      labels: {
        aspect: l.t('tableAspect'),
        scoreOf: l.messages.scoreOf,
      },
    }
    return {
      title,
      layout: 'default',
      component: 'ScoreChart',
      view,
      notes: [
        l.t('notesScores'),
        ...part.map(r => l.t('notesScoresRow', {
          aspect: r.title,
          scores: ctx.subjects.map((s, j) => `${s.name} ${r.scores[j]}`).join(l.messages.listSeparator),
        })),
      ],
    }
  })
}
