import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { ItemView, ProsConsView } from './view.ts'
import { allCitations, citationNote, itemView, partTitle, withMarks } from './context.ts'
import { lines, paginate } from './fit.ts'
import { charsPerLine, columnTextWidth, linePx, LIST, REM } from './metrics.ts'

function itemNote(item: ItemView) {
  return item.detail
    ? `${item.title}: ${item.detail}`
    : item.title
}

/** Canvas pixels of a titled list item (bold title with its citation marks, muted detail) in one of `columns` columns. */
export function itemPx(item: ItemView, columns: number): number {
  const width = columnTextWidth(columns, 0) - LIST.indentRem * REM
  return lines(withMarks(item.title, item.citations), charsPerLine(width, LIST.title)) * linePx(LIST.title) + (item.detail
    ? lines(item.detail, charsPerLine(width, LIST.detail)) * linePx(LIST.detail)
    : 0) + LIST.itemGapRem * REM
}

export function prosConsSlides(ctx: DeckContext): Slide[] {
  const { l } = ctx
  return ctx.data.subjects.flatMap((s, i) => {
    if (!s.pros?.length && !s.cons?.length)
      return []
    const pros = paginate((s.pros ?? []).map(item => itemView(ctx, item)), item => itemPx(item, 2), LIST.columnPx)
    const cons = paginate((s.cons ?? []).map(item => itemView(ctx, item)), item => itemPx(item, 2), LIST.columnPx)
    const count = Math.max(pros.length, cons.length)
    return Array.from({ length: count }, (_, part): Slide => {
      const title = partTitle(l, l.t('prosConsTitle', { name: s.name }), part, count)
      const view: ProsConsView = {
        title,
        subject: ctx.subjects[i]!,
        pros: pros[part] ?? [],
        cons: cons[part] ?? [],
        headings: {
          pros: l.t('prosHeading'),
          cons: l.t('consHeading'),
        },
      }
      return {
        title,
        layout: 'default',
        component: 'ProsCons',
        view,
        notes: [
          view.pros.length
            ? l.t('notesPros', {
                items: view.pros.map(itemNote).join(' '),
              })
            : '',
          view.cons.length
            ? l.t('notesCons', {
                items: view.cons.map(itemNote).join(' '),
              })
            : '',
          citationNote(l, allCitations(...view.pros.map(p => p.citations), ...view.cons.map(c => c.citations))),
        ],
      }
    })
  })
}
