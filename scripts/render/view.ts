import type { ListItem } from '../dataset/schema.ts'
import type { ScoredAspect, Weights } from '../scoring.ts'
import type { AspectSize } from './metrics.ts'

// What each slide's component receives as props. The generator writes these
// into the slide's frontmatter (`view:`), so dataset text reaches the browser
// as data, never as markdown or template source.

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

export interface TitleView {
  title: string
  subtitle?: string
  author?: string
  event?: string
  subjects: SubjectView[]
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
}

export interface TableView {
  title: string
  subjects: SubjectView[]
  rows: { id: string, title: string, cells: string[] }[]
}

export interface AspectView {
  title: string
  subjects: SubjectView[]
  sides: { cell: string, details: string[], score?: number }[]
  citations: CitationView[]
  /** The type size the generator fitted the columns at (render/metrics.ts, ASPECT). */
  size: AspectSize
}

export interface DiagramView {
  title: string
  subjects: SubjectView[]
  /** One Mermaid flowchart per subject, in subject order. */
  diagrams: { title: string, direction: 'TB' | 'LR', code: string, labels: string[] }[]
  /** Grid columns; rows follow from the number of diagrams. */
  columns: number
}

export interface ProsConsView {
  title: string
  subject: SubjectView
  pros: ListItem[]
  cons: ListItem[]
}

export interface BestForView {
  title: string
  subjects: SubjectView[]
  lists: ListItem[][]
}

export interface VerdictView {
  title: string
  summary?: string
  points: string[]
  subjects: SubjectView[]
  /** Mean score per subject over aspects with scores, when any aspect has scores. */
  averages?: number[]
}

export interface SourcesView {
  title: string
  sources: (CitationView & { checked?: string })[]
}

export interface DecisionView {
  title: string
  subjects: SubjectView[]
  aspects: (ScoredAspect & { title: string })[]
  scenarios: { id: string, title: string, weights: Weights }[]
  /** Index of the scenario this slide opens on. */
  scenario: number
}

export interface ScoreChartView {
  title: string
  subjects: SubjectView[]
  /** One row per scored aspect: a 1..5 score per subject, in subject order. */
  rows: { title: string, scores: number[] }[]
}
