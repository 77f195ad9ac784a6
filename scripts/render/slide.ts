import { frontmatter, notesBlock, titleText } from './markdown.ts'

export interface Slide {
  /** Shown in navigation, the presenter view and the PDF outline. */
  title: string
  layout: string
  /** Props for the layout (Slidev passes frontmatter keys to it). */
  layoutProps?: Record<string, string>
  /** The Vue component that draws the slide from `view`. */
  component: string
  view: object
  /** Speaker notes, one paragraph per entry; every slide has some. */
  notes: string[]
}

/**
 * How a slide's component gets its view: frontmatter `view` holds it as JSON,
 * in one YAML string. Slidev parses every slide's frontmatter at each start,
 * build and save; a view written as YAML nodes took its parser 60 to 160 ms
 * for the default deck, one string about a tenth of that.
 */
export const VIEW_BINDING = 'JSON.parse($frontmatter.view)'

/** A generated slide's content line, as a regular expression's source: the component's name is group 1. */
export const SLIDE_CONTENT = `^<([A-Z]\\w+) v-bind="${VIEW_BINDING.replace(/[$().]/g, '\\$&')}" />$`

/** A generated slide's content: its component, given the view. */
export function slideContent(component: string): string {
  return `<${component} v-bind="${VIEW_BINDING}" />`
}

/** The view a generated slide's frontmatter (as Slidev parsed it) holds, or undefined for another slide. */
export function slideView(frontmatter: Record<string, unknown>): unknown {
  return typeof frontmatter.view === 'string'
    ? JSON.parse(frontmatter.view) as unknown
    : undefined
}

export function renderSlide(slide: Slide, head: Record<string, unknown> = {}): string {
  const matter = frontmatter({
    ...head,
    layout: slide.layout,
    ...slide.layoutProps,
    title: titleText(slide.title),
    view: JSON.stringify(slide.view),
  })
  return `---\n${matter}\n---\n\n${slideContent(slide.component)}\n\n${notesBlock(slide.notes)}\n`
}
