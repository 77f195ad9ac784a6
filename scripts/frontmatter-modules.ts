import type { Plugin } from 'vite'

/** The module Slidev's loader makes of each slide's frontmatter (`<deck>.md__slidev_<n>.frontmatter`). */
const FRONTMATTER_ID = /__slidev_(\d+)\.frontmatter$/

/**
 * A plugin that rewrites Slidev's frontmatter modules before any other
 * plugin reads them (UnoCSS's scan among them). `rewrite` gets the module and
 * its slide's number (from 1), and returns null to leave the module as it is.
 */
export function rewriteFrontmatterModules(name: string, rewrite: (code: string, no: number) => string | null, apply?: Plugin['apply']): Plugin {
  return {
    name,
    apply,
    enforce: 'pre',
    transform: {
      filter: { id: FRONTMATTER_ID },
      handler(code, id) {
        const rewritten = rewrite(code, Number(FRONTMATTER_ID.exec(id)![1]))
        // Slidev's own map for these modules: they have no source to map to.
        return rewritten === null
          ? null
          : {
              code: rewritten,
              map: { mappings: '' },
            }
      },
    },
  }
}
