import type { Plugin } from 'vite'
import { rewriteFrontmatterModules } from './frontmatter-modules.ts'

// Slidev marks each slide's frontmatter module `// @unocss-include`, so that
// UnoCSS makes the classes a slide's frontmatter names (`class:`). A generated
// slide's frontmatter also carries its view: the dataset's text, which UnoCSS
// then read word by word as classes it might have to make. Thousands of words
// at every start and build, a new stylesheet sent to the page for the new
// words of every edit, and CSS made from whatever in a dataset looks like a
// class. Frontmatter with a view and no `class` is left out.

/** How Slidev's loader writes the frontmatter into the module (packages/slidev/node/vite/loaders.ts). */
const DATA_LINE = /^export const frontmatterData = ([^\n]*)/m

/** The module as UnoCSS should see it: unchanged, or marked to be skipped. */
export function withoutViewScan(code: string): string | null {
  const json = DATA_LINE.exec(code)?.[1]
  if (json === undefined)
    return null
  const frontmatter = JSON.parse(json) as Record<string, unknown>
  return 'view' in frontmatter && !('class' in frontmatter)
    ? `// @unocss-ignore\n${code}`
    : null
}

export function viewsAreNotClasses(): Plugin {
  return rewriteFrontmatterModules('versus:views-are-not-classes', withoutViewScan)
}
