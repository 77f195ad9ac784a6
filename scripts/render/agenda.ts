import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { AgendaView } from './view.ts'
import { joinNames } from './context.ts'

/** Names joined with dots; a long list ends in "and N more" so the agenda stays one slide. */
function shortList(names: readonly string[], max = 80): string {
  // Count forward: joining ever-shorter prefixes would be quadratic in the number of aspects.
  let shown = 0
  let length = 0
  for (const name of names) {
    length += (shown ? 3 : 0) + name.length
    if (shown && length > max)
      break
    shown++
  }
  const rest = names.length - shown
  return names.slice(0, shown).join(' · ') + (rest
    ? ` and ${rest} more`
    : '')
}

export function agendaSlide(ctx: DeckContext): Slide {
  const { data } = ctx
  const names = joinNames(ctx.subjects.map(s => s.name))
  const items: AgendaView['items'] = [
    { title: 'The contenders', detail: names },
    { title: 'At a glance', detail: `${data.aspects.length} ${data.aspects.length === 1
      ? 'aspect'
      : 'aspects'} side by side` },
    {
      title: 'Aspect by aspect',
      detail: shortList(data.aspects.map(a => a.title)),
    },
  ]
  if (data.subjects.some(s => s.architecture))
    items.push({ title: 'Under the hood', detail: 'how each one handles work' })
  if (data.subjects.some(s => s.pros?.length || s.cons?.length))
    items.push({ title: 'Strengths and trade-offs' })
  if (data.subjects.some(s => s.bestFor?.length))
    items.push({ title: 'When to choose which' })
  if (data.scenarios?.length && data.aspects.some(a => a.scores)) {
    items.push({
      title: 'Which one for your project?',
      detail: shortList(data.scenarios.map(s => s.title)),
    })
  }
  if (data.verdict)
    items.push({ title: 'Verdict' })
  const view: AgendaView = { title: 'Agenda', items }
  return {
    title: 'Agenda',
    layout: 'default',
    component: 'AgendaList',
    view,
    notes: [`Set expectations: first what ${names} are, then a one-slide overview, then each aspect in turn, and finally a recommendation.`],
  }
}
