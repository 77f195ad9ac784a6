import type { Dataset } from '../dataset/schema.ts'
import type { CitationView, SubjectView } from './view.ts'

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
  return { data, subjects, citations }
}

export function citationsFor(ctx: DeckContext, ids: readonly string[] | undefined): CitationView[] {
  const found = new Set((ids ?? []).map(id => ctx.citations.get(id)).filter((c): c is CitationView => c !== undefined))
  return [...found].sort((a, b) => a.n - b.n)
}

export function citationNote(citations: readonly CitationView[]): string {
  return citations.length
    ? `Sources: ${citations.map(c => `[${c.n}] ${c.title}, ${c.url}`).join('; ')}`
    : ''
}

/** "Title (1/2)" when a slide kind continues over several slides. */
export function partTitle(title: string, index: number, count: number): string {
  return count > 1
    ? `${title} (${index + 1}/${count})`
    : title
}

export function joinNames(names: readonly string[]): string {
  return names.length < 2
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
