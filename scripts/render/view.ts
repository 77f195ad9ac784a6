import type { ScoredAspect, Weights } from '../scoring.ts'
import type { CodeToken } from './highlight.ts'
import type { AspectSize } from './metrics.ts'

// What each slide's component receives as props. The generator writes these
// into the slide's frontmatter (`view:`), so dataset text reaches the browser
// as data, never as markdown or template source. The deck's own words come
// the same way, already in the deck's language: a component writes no text of
// its own, and fills a template (render/locale/template.ts) where a value is
// only known in the browser.

export interface SubjectView {
  id: string
  name: string
  tagline: string
  color: string
}

export interface CitationView {
  n: number
  title: string
  url: string
}

/** A claim as a slide shows it: the text, with the numbers of the sources that back it. */
export interface CitedText {
  text: string
  citations: CitationView[]
}

/** A titled list item (a strength, a trade-off, a "best for"), with its sources. */
export interface ItemView {
  title: string
  detail?: string
  citations: CitationView[]
}

/** The deck's brand (dataset `brand`): logo URL, footer line, accent for light and dark mode. */
export interface BrandView {
  logo?: string
  footer?: string
  accent?: { light: string, dark: string }
}

export interface TitleView {
  title: string
  subtitle?: string
  author?: string
  event?: string
  subjects: SubjectView[]
  brand?: BrandView
}

export interface AgendaView {
  title: string
  items: { title: string, detail?: string }[]
}

export interface SubjectIntroView {
  subject: SubjectView
  language?: string
  homepage?: string
  summary?: string
  /** Back the tagline and the summary. */
  citations: CitationView[]
  labels: {
    /** Above the name. */
    eyebrow: string
    /** The text before and after the language, which is set bold between them. */
    language: [string, string]
  }
}

export interface TableView {
  title: string
  subjects: SubjectView[]
  rows: { id: string, title: string, cells: string[] }[]
  /** The aspect column's heading. */
  aspectLabel: string
}

export interface AspectView {
  title: string
  subjects: SubjectView[]
  /** `scoreLabel` says the score in words, for screen readers. */
  sides: { cell: string, details: CitedText[], score?: number, scoreLabel?: string }[]
  citations: CitationView[]
  /** The type size the generator fitted the columns at (render/metrics.ts, ASPECT). */
  size: AspectSize
}

export interface DiagramView {
  title: string
  subjects: SubjectView[]
  /** One Mermaid flowchart per subject, in subject order. */
  diagrams: { title: string, direction: 'TB' | 'LR', code: string, labels: string[], citations: CitationView[] }[]
  /** Grid columns; rows follow from the number of diagrams. */
  columns: number
}

export interface ProsConsView {
  title: string
  subject: SubjectView
  pros: ItemView[]
  cons: ItemView[]
  headings: { pros: string, cons: string }
}

export interface BestForView {
  title: string
  subjects: SubjectView[]
  lists: ItemView[][]
}

export interface VerdictView {
  title: string
  summary?: string
  points: CitedText[]
}

export interface CodeView {
  title: string
  subjects: SubjectView[]
  /** Per subject, its language and highlighted lines (render/highlight.ts). */
  code: { language: string, lines: CodeToken[][] }[]
  citations: CitationView[]
}

export interface ReleasesView {
  title: string
  subjects: SubjectView[]
  /** A Mermaid gantt chart. */
  code: string
  /** Per subject, the colour of text on its bars: black or white, whichever reads better. */
  barText: string[]
  /** Every bar, in words: for screen readers and the notes. */
  labels: string[]
  citations: CitationView[]
  /** How to read the chart, under the title. */
  caption: string
}

export interface SourcesView {
  title: string
  /** `checked` is the checked date in words ("checked Jan 15, 2026"). */
  sources: (CitationView & { checked?: string })[]
}

export interface DecisionView {
  title: string
  subjects: SubjectView[]
  aspects: (ScoredAspect & { title: string })[]
  scenarios: { id: string, title: string, weights: Weights }[]
  /** Index of the scenario this slide opens on. */
  scenario: number
  labels: {
    /** Template: `{scenario}` is the picked profile's title, or `ownWeights`. */
    title: string
    ownWeights: string
    /** The profile buttons' group, for screen readers. */
    profiles: string
    /** Template: a slider's name for screen readers, `{aspect}` its aspect. */
    weightOf: string
    caption: string
  }
}

export interface ScoreChartView {
  title: string
  subjects: SubjectView[]
  /** One row per scored aspect: its title, wrapped into label lines, and a 1..5 score per subject, in subject order. */
  rows: { title: string, label: string[], scores: number[] }[]
  labels: {
    /** The aspect column's heading in the screen-reader table. */
    aspect: string
    /** Template: a score in words, `{score}` of `{max}`. */
    scoreOf: string
  }
}
