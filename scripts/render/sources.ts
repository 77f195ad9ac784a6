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
    ? `${source.title} · ${source.checked}`
    : source.title
  return lines(title, charsPerLine(width, SOURCES.title)) * linePx(SOURCES.title)
    + lines(source.url, charsPerLine(width, SOURCES.url)) * linePx(SOURCES.url)
    + SOURCES.gapRem * REM
}

export function sourcesSlides(ctx: DeckContext): Slide[] {
  const { l } = ctx
  const all = (ctx.data.sources ?? []).map((s, i) => ({
    n: i + 1,
    title: s.title,
    url: s.url,
    checked: s.checked === undefined
      ? undefined
      : l.t('sourceChecked', {
          date: l.date(s.checked),
        }),
  }))
  if (!all.length)
    return []
  const parts = paginate(all, s => Math.max(SOURCES.listPx / SOURCES.perSlide, sourcePx(s)), SOURCES.listPx)
  return parts.map((sources, i) => {
    const title = partTitle(l, l.t('sourcesTitle'), i, parts.length)
    const view: SourcesView = { title, sources }
    return {
      title,
      layout: 'default',
      component: 'SourceList',
      view,
      notes: [
        l.t('notesSources'),
        ...sources.map(s => `[${s.n}] ${s.title}: ${s.url}${s.checked
          ? ` (${s.checked})`
          : ''}`),
      ],
    }
  })
}
