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

export function renderSlide(slide: Slide, head: Record<string, unknown> = {}): string {
  const matter = frontmatter({
    ...head,
    layout: slide.layout,
    ...slide.layoutProps,
    title: titleText(slide.title),
    view: slide.view,
  })
  return `---\n${matter}\n---\n\n<${slide.component} v-bind="$frontmatter.view" />\n\n${notesBlock(slide.notes)}\n`
}
