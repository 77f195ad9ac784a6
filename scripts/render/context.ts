import type { Claim, Dataset, ListItem } from '../dataset/schema.ts'
import type { Localizer } from './locale/index.ts'
import type { TextStyle } from './metrics.ts'
import type { CitationView, CitedText, ItemView, SubjectView } from './view.ts'
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

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928
      ? c / 12.92
      : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/**
 * Black or white, whichever reads better on `background` (`#rrggbb`): one of
 * them always keeps at least 4.5:1, whatever the colour.
 */
export function textOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(longHex(background))
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05)
    ? '#000000'
    : '#ffffff'
}

/** `#abc` -> `#aabbcc`, so alpha can be appended in diagrams. */
export function longHex(color: string): string {
  return color.length === 4
    ? `#${[
      ...color.slice(1),
    ].map(c => c + c).join('')}`
    : color
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
