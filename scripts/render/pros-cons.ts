import type { ListItem } from '../dataset/schema.ts'
import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { ProsConsView } from './view.ts'

function itemNote(item: ListItem) {
  return item.detail
    ? `${item.title}: ${item.detail}`
    : item.title
}

export function prosConsSlides(ctx: DeckContext): Slide[] {
  return ctx.data.subjects.flatMap((s, i) => {
    if (!s.pros?.length && !s.cons?.length)
      return []
    const title = `${s.name}: strengths and trade-offs`
    const view: ProsConsView = {
      title,
      subject: ctx.subjects[i]!,
      pros: s.pros ?? [],
      cons: s.cons ?? [],
    }
    return [
      {
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
      },
    ]
  })
}
