import type { DeckContext } from './context.ts'
import type { Localizer } from './locale/index.ts'
import type { Slide } from './slide.ts'
import type { AgendaView } from './view.ts'
import { textWidth } from './fit.ts'

/** Names joined with dots; a long list ends in "and N more" so the agenda stays one slide. */
function shortList(l: Localizer, names: readonly string[], max = 80): string {
  // Count forward: joining ever-shorter prefixes would be quadratic in the number of aspects.
  let shown = 0
  let length = 0
  for (const name of names) {
    length += (shown ? 3 : 0) + textWidth(name)
    if (shown && length > max)
      break
    shown++
  }
  const rest = names.length - shown
  return names.slice(0, shown).join(' · ') + (rest
    ? ` ${l.plural('agendaMore', rest, { n: rest })}`
    : '')
}

export function agendaSlide(ctx: DeckContext): Slide {
  const { data, l } = ctx
  const names = l.list(ctx.subjects.map(s => s.name))
  const count = data.aspects.length
  const items: AgendaView['items'] = [
    {
      title: l.t('agendaContenders'),
      detail: names,
    },
    {
      title: l.t('glanceTitle'),
      detail: l.plural('agendaGlanceDetail', count, { n: count }),
    },
    {
      title: l.t('agendaAspects'),
      detail: shortList(l, data.aspects.map(a => a.title)),
    },
  ]
  if (data.subjects.some(s => s.architecture)) {
    items.push({
      title: l.t('agendaArchitecture'),
      detail: l.t('agendaArchitectureDetail'),
    })
  }
  if (data.subjects.some(s => s.pros?.length || s.cons?.length)) {
    items.push({
      title: l.t('agendaProsCons'),
    })
  }
  if (data.subjects.some(s => s.bestFor?.length)) {
    items.push({
      title: l.t('whenToChooseTitle'),
    })
  }
  if (data.scenarios?.length && data.aspects.some(a => a.scores)) {
    items.push({
      title: l.t('agendaDecision'),
      detail: shortList(l, data.scenarios.map(s => s.title)),
    })
  }
  if (data.verdict) {
    items.push({
      title: l.t('verdictTitle'),
    })
  }
  const title = l.t('agendaTitle')
  const view: AgendaView = { title, items }
  return {
    title,
    layout: 'default',
    component: 'AgendaList',
    view,
    notes: [
      l.t('notesAgenda', { subjects: names }),
    ],
  }
}
