import type { ListItem } from '../dataset/schema.ts'
import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { ProsConsView } from './view.ts'
import { partTitle } from './context.ts'
import { columnChars, lines, paginate } from './fit.ts'

function itemNote(item: ListItem) {
  return item.detail
    ? `${item.title}: ${item.detail}`
    : item.title
}

/** Height of a titled list item (bold title, muted detail) in one of `columns` columns. */
export function itemPx(item: ListItem, columns: number): number {
  return lines(item.title, columnChars(columns, 1.15)) * 23 + (item.detail
    ? lines(item.detail, columnChars(columns, 1)) * 20.5
    : 0) + 9
}

/** Pixels a list column has below the slide title and its own heading. */
export const LIST_PX = 368

export function prosConsSlides(ctx: DeckContext): Slide[] {
  return ctx.data.subjects.flatMap((s, i) => {
    if (!s.pros?.length && !s.cons?.length)
      return []
    const pros = paginate(s.pros ?? [], item => itemPx(item, 2), LIST_PX)
    const cons = paginate(s.cons ?? [], item => itemPx(item, 2), LIST_PX)
    const count = Math.max(pros.length, cons.length)
    return Array.from({ length: count }, (_, part): Slide => {
      const title = partTitle(`${s.name}: strengths and trade-offs`, part, count)
      const view: ProsConsView = {
        title,
        subject: ctx.subjects[i]!,
        pros: pros[part] ?? [],
        cons: cons[part] ?? [],
      }
      return {
        title,
        layout: 'default',
        component: 'ProsCons',
        view,
        notes: [
          view.pros.length
            ? `Strengths. ${view.pros.map(itemNote).join(' ')}`
            : '',
          view.cons.length
            ? `Trade-offs. ${view.cons.map(itemNote).join(' ')}`
            : '',
        ],
      }
    })
  })
}
