import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { SourcesView } from './view.ts'
import { chunk, partTitle } from './context.ts'

export const SOURCES_PER_SLIDE = 8

export function sourcesSlides(ctx: DeckContext): Slide[] {
  const all = (ctx.data.sources ?? []).map((s, i) => ({
    n: i + 1,
    title: s.title,
    url: s.url,
    checked: s.checked,
  }))
  if (!all.length)
    return []
  const parts = chunk(all, SOURCES_PER_SLIDE)
  return parts.map((sources, i) => {
    const title = partTitle('Sources', i, parts.length)
    const view: SourcesView = { title, sources }
    return {
      title,
      layout: 'default',
      component: 'SourceList',
      view,
      notes: [
        'Numbers match the markers on the aspect slides. Links are live in the browser and the PDF.',
        ...sources.map(s => `[${s.n}] ${s.title}: ${s.url}${s.checked
          ? ` (checked ${s.checked})`
          : ''}`),
      ],
    }
  })
}
