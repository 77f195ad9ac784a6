import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { TableView } from './view.ts'
import { chunk, partTitle } from './context.ts'

/** Rows per slide that stay readable from the back of a room. */
export const TABLE_ROWS_PER_SLIDE = 6

export function comparisonTableSlides(ctx: DeckContext): Slide[] {
  const rows = ctx.data.aspects.map(a => ({
    id: a.id,
    title: a.title,
    cells: ctx.subjects.map(s => a.cells[s.id] ?? ''),
  }))
  const parts = chunk(rows, TABLE_ROWS_PER_SLIDE)
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
