import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { SourcesView } from './view.ts'
import { partTitle } from './context.ts'
import { charsIn, lines, paginate } from './fit.ts'

export const SOURCES_PER_SLIDE = 8
const LIST_PX = 410

export function sourcesSlides(ctx: DeckContext): Slide[] {
  const all = (ctx.data.sources ?? []).map((s, i) => ({
    n: i + 1,
    title: s.title,
    url: s.url,
    checked: s.checked,
  }))
  if (!all.length)
    return []
  const itemPx = (s: typeof all[number]) => Math.max(LIST_PX / SOURCES_PER_SLIDE, lines(s.title, charsIn(800, 0.98)) * 20 + lines(s.url, charsIn(800, 0.85)) * 17 + 7)
  const parts = paginate(all, itemPx, LIST_PX)
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
