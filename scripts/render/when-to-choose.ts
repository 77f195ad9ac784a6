import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { BestForView } from './view.ts'

export function whenToChooseSlide(ctx: DeckContext): Slide[] {
  const lists = ctx.data.subjects.map(s => s.bestFor ?? [])
  if (!lists.some(l => l.length))
    return []
  const title = 'When to choose which'
  const view: BestForView = { title, subjects: ctx.subjects, lists }
  return [
    {
      title,
      layout: 'default',
      component: 'WhenToChoose',
      view,
      notes: ctx.subjects.map((s, i) => `${s.name} fits: ${lists[i]!.map(item => item.title).join(', ') || 'nothing listed'}.`),
    },
  ]
}
