import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { TableView } from './view.ts'
import { partTitle } from './context.ts'
import { charsIn, lines, paginate } from './fit.ts'

/** Rows per slide that stay readable from the back of a room. */
export const TABLE_ROWS_PER_SLIDE = 6
const BODY_PX = 360

export function comparisonTableSlides(ctx: DeckContext): Slide[] {
  const rows = ctx.data.aspects.map(a => ({
    id: a.id,
    title: a.title,
    cells: ctx.subjects.map(s => a.cells[s.id] ?? ''),
  }))
  // The aspect column takes 1.2 shares, each subject column 2 (see ComparisonTable.vue).
  const share = 870 / (ctx.subjects.length * 2 + 1.2)
  const rowPx = (row: typeof rows[number]) => Math.max(
    BODY_PX / TABLE_ROWS_PER_SLIDE,
    19 + 25 * Math.max(lines(row.title, charsIn(share * 1.2 - 26, 1.2)), ...row.cells.map(c => lines(c, charsIn(share * 2 - 29, 1.2)))),
  )
  const parts = paginate(rows, rowPx, BODY_PX)
  return parts.map((part, i) => {
    const title = partTitle('At a glance', i, parts.length)
    const view: TableView = { title, subjects: ctx.subjects, rows: part }
    return {
      title,
      layout: 'default',
      component: 'ComparisonTable',
      view,
      notes: [
        i === 0
          ? 'One row per aspect; each gets its own slide next, with details and a score.'
          : 'The rest of the overview.',
        `Rows here: ${part.map(r => r.title).join(', ')}.`,
      ],
    }
  })
}
