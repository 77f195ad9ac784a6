import type { Claim, Dataset, ListItem } from '../dataset/schema.ts'
import type { Localizer } from './locale/index.ts'
import type { TextStyle } from './metrics.ts'
import type { CitationView, CitedText, ItemView, SubjectView } from './view.ts'
import { contrast, longHex } from '../color.ts'
import { lines } from './fit.ts'
import { localizer } from './locale/index.ts'
import { charsPerLine } from './metrics.ts'

/** Used for subjects that bring no colour of their own: distinct in light and dark mode. */
export const FALLBACK_COLORS = [
  '#2563EB',
  '#D97706',
  '#059669',
  '#C026D3',
] as const

export interface DeckContext {
  data: Dataset
  subjects: SubjectView[]
  /** Sources numbered in the order the dataset lists them. */
  citations: Map<string, CitationView>
  /** The deck's own words, in its language (the dataset's `locale` and `strings`). */
  l: Localizer
}

/**
 * Black or white, whichever reads better on `background` (`#rrggbb`): one of
 * them always keeps at least 4.5:1, whatever the colour.
 */
export function textOn(background: string): '#000000' | '#ffffff' {
  return contrast('#000000', background) >= contrast('#ffffff', background)
    ? '#000000'
    : '#ffffff'
}

export function createContext(data: Dataset): DeckContext {
  const subjects = data.subjects.map((s, i) => ({
    id: s.id,
    name: s.name,
    tagline: s.tagline,
    color: longHex(s.color ?? FALLBACK_COLORS[i % FALLBACK_COLORS.length]!).toLowerCase(),
  }))
  const citations = new Map((data.sources ?? []).map((s, i) => [
    s.id,
    { n: i + 1, title: s.title, url: s.url },
  ]))
  return {
    data,
    subjects,
    citations,
    l: localizer(data.locale, data.strings),
  }
}

export function citationsFor(ctx: DeckContext, ids: readonly string[] | undefined): CitationView[] {
  const found = new Set((ids ?? []).map(id => ctx.citations.get(id)).filter((c): c is CitationView => c !== undefined))
  return [...found].sort((a, b) => a.n - b.n)
}

/** A claim with its sources numbered. */
export function citedText(ctx: DeckContext, claim: Claim): CitedText {
  return typeof claim === 'string'
    ? { text: claim, citations: [] }
    : {
        text: claim.text,
        citations: citationsFor(ctx, claim.sources),
      }
}

export function itemView(ctx: DeckContext, item: ListItem): ItemView {
  return {
    title: item.title,
    detail: item.detail,
    citations: citationsFor(ctx, item.sources),
  }
}

/** Text as it takes room on a slide: the claim, then its citation marks. */
export function withMarks(text: string, citations: readonly CitationView[]): string {
  return citations.length
    ? `${text} [${citations.map(c => c.n).join(', ')}]`
    : text
}

/** Lines a title or heading takes with its citation marks, in a box `width` canvas pixels wide. */
export function titleLines(text: string, citations: readonly CitationView[], width: number, style: TextStyle): number {
  return lines(withMarks(text, citations), charsPerLine(width, style))
}

/** Every citation among `groups`, once each, in source order. */
export function allCitations(...groups: ReadonlyArray<readonly CitationView[]>): CitationView[] {
  return [
    ...new Map(groups.flat().map(c => [c.n, c])).values(),
  ].sort((a, b) => a.n - b.n)
}

export function citationNote(l: Localizer, citations: readonly CitationView[]): string {
  return citations.length
    ? l.t('notesCitations', {
        sources: citations.map(c => `[${c.n}] ${c.title}, ${c.url}`).join(l.messages.groupSeparator),
      })
    : ''
}

/** "Title (1/2)" when a slide kind continues over several slides. */
export function partTitle(l: Localizer, title: string, index: number, count: number): string {
  return count > 1
    ? l.t('partTitle', { title, part: index + 1, count })
    : title
}
