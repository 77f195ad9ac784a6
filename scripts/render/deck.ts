import type { Dataset } from '../dataset/schema.ts'
import type { Highlight } from './highlight.ts'
import type { Slide } from './slide.ts'
import { EXPORTS_DIR } from '../paths.ts'
import { agendaSlide } from './agenda.ts'
import { architectureSlides } from './architecture.ts'
import { aspectSlides } from './aspect.ts'
import { brandView } from './brand.ts'
import { comparisonTableSlides } from './comparison-table.ts'
import { createContext } from './context.ts'
import { decisionSlides } from './decision.ts'
import { exampleSlides } from './examples.ts'
import { plainCode } from './highlight.ts'
import { localizer } from './locale/index.ts'
import { noteText } from './markdown.ts'
import { prosConsSlides } from './pros-cons.ts'
import { releasesSlides } from './releases.ts'
import { scoreChartSlides } from './score-chart.ts'
import { renderSlide } from './slide.ts'
import { sourcesSlides } from './sources.ts'
import { subjectIntroSlides } from './subject-intro.ts'
import { titleSlide } from './title.ts'
import { verdictSlide } from './verdict.ts'
import { whenToChooseSlide } from './when-to-choose.ts'

export interface RenderOptions {
  /** The dataset's path as the user should see it, named in the generated file's header. */
  source: string
  /** Base name for exported files (`exports/<name>.pdf`). */
  exportName: string
  /** Colours code on example slides (loadHighlight); plain without. */
  highlight?: Highlight
}

/**
 * The parts of a comparison, in deck order, named for a speaker's own deck to
 * import one by one (`src: sections/<name>.md`).
 */
export const SECTIONS = [
  'title',
  'agenda',
  'intro',
  'table',
  'chart',
  'aspects',
  'examples',
  'diagrams',
  'releases',
  'strengths',
  'when-to-choose',
  'decision',
  'verdict',
  'sources',
] as const

export type SectionName = typeof SECTIONS[number]

export interface Section {
  name: SectionName
  /** Empty when the dataset has nothing for it (no examples, say). */
  slides: Slide[]
}

export function deckSections(data: Dataset, highlight: Highlight = plainCode): Section[] {
  const ctx = createContext(data)
  const parts: Record<SectionName, Slide[]> = {
    'title': [
      titleSlide(ctx),
    ],
    'agenda': [
      agendaSlide(ctx),
    ],
    'intro': subjectIntroSlides(ctx),
    'table': comparisonTableSlides(ctx),
    'chart': scoreChartSlides(ctx),
    'aspects': aspectSlides(ctx),
    'examples': exampleSlides(ctx, highlight),
    'diagrams': architectureSlides(ctx),
    'releases': releasesSlides(ctx),
    'strengths': prosConsSlides(ctx),
    'when-to-choose': whenToChooseSlide(ctx),
    'decision': decisionSlides(ctx),
    'verdict': verdictSlide(ctx),
    'sources': sourcesSlides(ctx),
  }
  return SECTIONS.map(name => ({ name, slides: parts[name] }))
}

export function deckSlides(data: Dataset, highlight: Highlight = plainCode): Slide[] {
  return deckSections(data, highlight).flatMap(s => s.slides)
}

/**
 * Slidev's headmatter: deck-wide settings, shared by every generated deck.
 * Slidev renders `info` as markdown with HTML into its info dialog
 * (InfoDialog.vue, v-html), so it is escaped as notes are. `author` and
 * `seoMeta` only reach attributes and PDF metadata, which Slidev escapes.
 * `title` is the title slide's own (render/slide.ts), wrapped like every title.
 * `htmlAttrs.lang` tells browsers, screen readers and hyphenation the deck's
 * language (Slidev sets it on <html>).
 */
export function headmatter(data: Dataset, options: RenderOptions): Record<string, unknown> {
  return {
    theme: data.brand?.theme ?? 'default',
    titleTemplate: '%s',
    info: noteText(data.subtitle ?? data.title),
    author: data.author,
    htmlAttrs: { lang: localizer(data.locale).tag },
    colorSchema: 'auto',
    aspectRatio: '16/9',
    canvasWidth: 980,
    fonts: { provider: 'none', sans: 'Nunito Sans', mono: 'Fira Code' },
    transition: 'fade',
    drawings: { persist: false },
    exportFilename: `${EXPORTS_DIR}/${exportName(options.exportName)}`,
    export: { withToc: true },
    seoMeta: {
      ogTitle: data.title.replace(/\s+/g, ' ').trim(),
    },
    favicon: '/favicon.svg',
    // Slidev's editing endpoint for AI tools (/__mcp) answers the whole network under --remote,
    // and edits to a generated deck are lost at the next generate.
    mcp: false,
    // Read by slide-bottom.vue for the footer on every slide.
    brand: brandView(data),
  }
}

/** A file name safe on every system and in a URL: letters, digits, `.`, `_` and `-`. */
export function exportName(name: string): string {
  return name.normalize('NFKD').replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'deck'
}

/**
 * The dataset path as it stands in the header comment: on one line, and with
 * no `--` (Slidev ends the frontmatter at the first `---`, even in a comment).
 */
export function headerPath(path: string): string {
  return path.replace(/\s+/g, ' ').replace(/%/g, '%25').replace(/-(?=-)/g, '%2D')
}

/** The comment that opens every generated file: where it comes from, and not to edit it. */
function generatedHeader(source: string): string {
  return `# Generated by versus from ${headerPath(source)}. Do not edit: change the data, then run npm run generate.`
}

function renderSlides(slides: readonly Slide[], source: string, head: Record<string, unknown> = {}): string {
  return slides.map((slide, i) => renderSlide(slide, i === 0
    ? head
    : {})).join('\n').replace(/^---\n/, `---\n${generatedHeader(source)}\n`)
}

/** The deck file's markdown, and how many slides it holds. */
export function renderDeckFile(data: Dataset, options: RenderOptions): { markdown: string, slides: number } {
  const head = Object.fromEntries(Object.entries(headmatter(data, options)).filter(([, v]) => v !== undefined))
  const slides = deckSlides(data, options.highlight)
  return {
    markdown: renderSlides(slides, options.source, head),
    slides: slides.length,
  }
}

export function renderDeck(data: Dataset, options: RenderOptions): string {
  return renderDeckFile(data, options).markdown
}

/**
 * Each non-empty section as a markdown file of its own, without headmatter:
 * the importing deck has its own.
 */
export function renderSections(data: Dataset, options: RenderOptions): Array<{ name: SectionName, markdown: string, slides: number }> {
  return deckSections(data, options.highlight)
    .filter(s => s.slides.length)
    .map(s => ({
      name: s.name,
      markdown: renderSlides(s.slides, options.source),
      slides: s.slides.length,
    }))
}
