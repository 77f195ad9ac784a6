import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { BestForView } from './view.ts'
import { allCitations, citationNote, itemView, partTitle } from './context.ts'
import { paginate } from './fit.ts'
import { LIST } from './metrics.ts'
import { itemPx } from './pros-cons.ts'

export function whenToChooseSlide(ctx: DeckContext): Slide[] {
  const { l } = ctx
  const lists = ctx.data.subjects.map(s => (s.bestFor ?? []).map(item => itemView(ctx, item)))
  if (!lists.some(l => l.length))
    return []
  const columns = ctx.subjects.length
  const pages = lists.map(list => paginate(list, item => itemPx(item, columns), LIST.columnPx))
  const count = Math.max(...pages.map(p => p.length))
  return Array.from({ length: count }, (_, part): Slide => {
    const title = partTitle(l, l.t('whenToChooseTitle'), part, count)
    const view: BestForView = {
      title,
      subjects: ctx.subjects,
      lists: pages.map(p => p[part] ?? []),
    }
    return {
      title,
      layout: 'default',
      component: 'WhenToChoose',
      view,
      notes: [
        ...ctx.subjects.map((s, i) => l.t('notesBestFor', {
          name: s.name,
          items: view.lists[i]!.map(item => item.title).join(l.messages.listSeparator) || l.t('notesBestForNone'),
        })),
        citationNote(l, allCitations(...view.lists.flat().map(item => item.citations))),
      ],
    }
  })
}
