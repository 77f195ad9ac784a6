import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { TableView } from './view.ts'
import { partTitle } from './context.ts'
import { lines, paginate } from './fit.ts'
import { charsPerLine, CONTENT_WIDTH, linePx, REM, TABLE } from './metrics.ts'

/** Canvas pixels a row of the table takes: its tallest cell. */
export function tableRowPx(row: { title: string, cells: readonly string[] }): number {
  const share = CONTENT_WIDTH / (row.cells.length * 2 + TABLE.aspectShare)
  const padX = 2 * TABLE.padding.xRem * REM
  return 2 * TABLE.padding.yRem * REM + linePx(TABLE.text) * Math.max(
    lines(row.title, charsPerLine(share * TABLE.aspectShare - padX, { ...TABLE.text, bold: true })),
    ...row.cells.map(c => lines(c, charsPerLine(share * 2 - padX, TABLE.text))),
  )
}

export function comparisonTableSlides(ctx: DeckContext): Slide[] {
  const rows = ctx.data.aspects.map(a => ({
    id: a.id,
    title: a.title,
    cells: ctx.subjects.map(s => a.cells[s.id] ?? ''),
  }))
  const { l } = ctx
  const parts = paginate(rows, row => Math.max(TABLE.bodyPx / TABLE.rowsPerSlide, tableRowPx(row)), TABLE.bodyPx)
  return parts.map((part, i) => {
    const title = partTitle(l, l.t('glanceTitle'), i, parts.length)
    const view: TableView = {
      title,
      subjects: ctx.subjects,
      rows: part,
      aspectLabel: l.t('tableAspect'),
    }
    return {
      title,
      layout: 'default',
      component: 'ComparisonTable',
      view,
      notes: [
        i === 0
          ? l.t('notesGlance')
          : l.t('notesGlanceContinued'),
        l.t('notesGlanceRows', {
          rows: part.map(r => r.title).join(l.messages.listSeparator),
        }),
      ],
    }
  })
}
