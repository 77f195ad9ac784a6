import type { Plugin } from 'vite'

/** The module Slidev's loader makes of each slide's frontmatter (`<deck>.md__slidev_<n>.frontmatter`). */
const FRONTMATTER_ID = /__slidev_(\d+)\.frontmatter$/

/**
 * How the loader writes the frontmatter into the module, as one JSON line
 * (packages/slidev/node/vite/loaders.ts). Not `.*`: JSON leaves U+2028 as it
 * is, and a regular expression's `.` stops there.
 */
const DATA_LINE = /^(export const frontmatterData = )([^\n]*)/m

/** The frontmatter a module holds, or undefined for a module of another shape. */
export function frontmatterData(code: string): Record<string, unknown> | undefined {
  const json = DATA_LINE.exec(code)?.[2]
  return json === undefined
    ? undefined
    : JSON.parse(json) as Record<string, unknown>
}

/** The module with `data` as its frontmatter. */
export function withFrontmatterData(code: string, data: Record<string, unknown>): string {
  return code.replace(DATA_LINE, (_line, before: string) => `${before}${JSON.stringify(data)}`)
}

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
