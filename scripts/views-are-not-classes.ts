import type { Plugin } from 'vite'
import { frontmatterData, rewriteFrontmatterModules } from './frontmatter-modules.ts'

// Slidev marks each slide's frontmatter module `// @unocss-include`, so that
// UnoCSS makes the classes a slide's frontmatter names (`class:`). A generated
// slide's frontmatter also carries its view: the dataset's text, which UnoCSS
// then read word by word as classes it might have to make. Thousands of words
// at every start and build, a new stylesheet sent to the page for the new
// words of every edit, and CSS made from whatever in a dataset looks like a
// class. Frontmatter with a view and no `class` is left out.

/** The module as UnoCSS should see it: unchanged, or marked to be skipped. */
export function withoutViewScan(code: string): string | null {
  const frontmatter = frontmatterData(code)
  return frontmatter && 'view' in frontmatter && !('class' in frontmatter)
    ? `// @unocss-ignore\n${code}`
    : null
}

export function viewsAreNotClasses(): Plugin {
  return rewriteFrontmatterModules('versus:views-are-not-classes', withoutViewScan)
}
