import type { MarkdownTransformContext, SlideInfo } from '@slidev/types'
import type { Plugin } from 'vite'
import { frontmatterData, rewriteFrontmatterModules, withFrontmatterData } from './frontmatter-modules.ts'
import { SLIDE_CONTENT } from './render/slide.ts'

// A generated slide draws its view from its frontmatter. Slidev puts every
// slide's frontmatter in the entry chunk, so a built deck loaded all 44 views
// (about 70 kB of JavaScript) before showing slide 1. In a build, each view goes
// into its slide's own chunk instead: the slide's markdown gets it as a
// constant, and its frontmatter module loses it. The dev server keeps views in
// frontmatter: live data updates them there (setup/main.ts).

/** A generated slide's content line, where the build puts the constant in place of the view binding. */
const CONTENT = new RegExp(SLIDE_CONTENT, 'm')

/** The constant the slide's component reads instead. */
const NAME = 'versusView'

/** What the build reads of a slide: Slidev's loaded slide. */
type Slide = Pick<SlideInfo, 'frontmatter' | 'content'>

/** Whether the build moves this slide's view into its chunk: it is a generated slide. */
function moves(slide: Slide | undefined): slide is Slide & { frontmatter: { view: string } } {
  return typeof slide?.frontmatter.view === 'string' && CONTENT.test(slide.content)
}

/**
 * The script that defines the view in the slide's component: the view's JSON
 * read by JSON.parse from a string literal with `<` escaped, so that no text
 * in the view can end the script block. UnoCSS skips the module, as it skips
 * frontmatter with a view (views-are-not-classes.ts): a generated slide names
 * no class of its own, and the view is the dataset's text.
 */
export function viewScript(json: string): string {
  const literal = JSON.stringify(json).replace(/</g, '\\u003C')
  return `\n\n<script setup>\n// @unocss-ignore\nconst ${NAME} = JSON.parse(${literal})\n</script>\n`
}

/** Slidev markdown transformer (setup/transformers.ts). */
export function viewIntoSlide({ s, slide, options }: MarkdownTransformContext): void {
  if (options.mode !== 'build' || !moves(slide))
    return
  s.replace(new RegExp(SLIDE_CONTENT, 'gm'), (_, component: string) => `<${component} v-bind="${NAME}" />`)
  s.append(viewScript(slide.frontmatter.view))
}

/** The frontmatter module without the view its slide now carries, or null when it keeps it. */
export function withoutMovedView(code: string, slide: Slide | undefined): string | null {
  const frontmatter = frontmatterData(code)
  if (!frontmatter || !moves(slide))
    return null
  const { view: _, ...rest } = frontmatter
  return withFrontmatterData(code, rest)
}

/** Build only; `slides` are Slidev's, as loaded (`options.data.slides`). */
export function viewsInSlideChunks(slides: () => readonly Slide[]): Plugin {
  return rewriteFrontmatterModules('versus:views-in-slide-chunks', (code, no) => withoutMovedView(code, slides()[no - 1]), 'build')
}
