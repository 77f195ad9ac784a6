import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { SourcesView } from './view.ts'
import { partTitle } from './context.ts'
import { lines, paginate } from './fit.ts'
import { charsPerLine, CONTENT_WIDTH, linePx, REM, SOURCES } from './metrics.ts'

/** Canvas pixels a source takes in the list: its title, then its URL. */
export function sourcePx(source: { title: string, url: string, checked?: string }): number {
  const width = CONTENT_WIDTH - SOURCES.numberRem * REM
  // The checked date follows the title on its line (SourceList.vue).
  const title = source.checked
    ? `${source.title} · checked ${source.checked}`
    : source.title
  return lines(title, charsPerLine(width, SOURCES.title)) * linePx(SOURCES.title)
    + lines(source.url, charsPerLine(width, SOURCES.url)) * linePx(SOURCES.url)
    + SOURCES.gapRem * REM
}

export function sourcesSlides(ctx: DeckContext): Slide[] {
  const all = (ctx.data.sources ?? []).map((s, i) => ({
    n: i + 1,
    title: s.title,
    url: s.url,
    checked: s.checked,
  }))
  if (!all.length)
    return []
  const parts = paginate(all, s => Math.max(SOURCES.listPx / SOURCES.perSlide, sourcePx(s)), SOURCES.listPx)
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
