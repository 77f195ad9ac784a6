import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite'
import { posix } from 'node:path'

// A built deck's page loads its entry, then the play page's chunks once the
// entry has run, then slide 1's once the router knows the slide: three round
// trips before slide 1 shows. The page names both sets up front instead, so
// they load beside the entry.

/** Slidev's module of a slide's markdown (`<deck>.md__slidev_<n>.md`), and its play page. */
const FIRST_SCREEN = [
  /__slidev_1\.md$/,
  /\/@slidev\/client\/pages\/play\.vue$/,
]

type Chunk = Rolldown.OutputChunk

/** What of a chunk the preload list reads: its file and its static imports. */
export type ChunkFiles = Pick<Chunk, 'fileName' | 'imports'>

/** The chunks `roots` import, as the page asks for them: whatever is not already loaded with `entry`. */
export function firstScreenFiles<C extends ChunkFiles>(chunks: readonly C[], entry: C, roots: readonly C[]): string[] {
  const byName = new Map(chunks.map(c => [c.fileName, c]))
  const closure = (from: readonly C[]) => {
    const seen = new Set<C>()
    const visit = (chunk: C | undefined) => {
      if (!chunk || seen.has(chunk))
        return
      seen.add(chunk)
      chunk.imports.forEach(name => visit(byName.get(name)))
    }
    from.forEach(visit)
    return seen
  }
  const loaded = closure([entry])
  return [
    ...closure(roots),
  ].filter(c => !loaded.has(c)).map(c => c.fileName)
}

/** Whether a `@font-face` rule's unicode-range (as written, or minified to `U+??`) holds `code`. */
export function rangeHolds(range: string | undefined, code: number): boolean {
  if (range === undefined)
    return true
  return range.split(',').some((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-')
    const low = Number.parseInt(from!.replace(/\?/g, '0'), 16)
    const high = Number.parseInt(to!.replace(/\?/g, 'f'), 16)
    return low <= code && code <= high
  })
}

/** The woff2 files of `family`'s upright faces that hold Latin letters, from a stylesheet's `@font-face` rules. */
export function latinFaces(css: string, family: string): string[] {
  const unquote = (s: string) => s.trim().replace(/^(["'])(.*)\1$/, '$2')
  return [
    ...css.matchAll(/@font-face\s*\{([^}]*)\}/g),
  ].flatMap(([, rule]) => {
    const prop = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(rule!)?.[1]?.trim()
    const woff2 = /url\(["']?([^"')\s]+\.woff2)["']?\)/.exec(prop('src') ?? '')?.[1]
    return woff2
      && unquote(prop('font-family') ?? '') === family
      && (prop('font-style') ?? 'normal') === 'normal'
      && rangeHolds(prop('unicode-range'), 'A'.codePointAt(0)!)
      ? [woff2]
      : []
  })
}

/**
 * A URL from the stylesheet `css` (a file of the build), as the page names it:
 * the build writes it with the base, or relative to the stylesheet when the
 * base is relative.
 */
export function pageUrl(url: string, css: string, base: string): string {
  return /^(?:[a-z][\w+.-]*:|\/)/i.test(url)
    ? url
    : `${base}${posix.join(posix.dirname(css), url)}`
}

/** The files of the build that the page `html` links as stylesheets (`href` with the base). */
export function linkedStylesheets(html: string, base: string): string[] {
  return [
    ...html.matchAll(/<link\b[^>]*>/g),
  ].flatMap(([tag]) => {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1]
    return /\brel="stylesheet"/.test(tag) && href?.startsWith(base)
      ? [
          href.slice(base.length),
        ]
      : []
  })
}

/**
 * Build only: the built page preloads what its first screen needs, and the
 * faces of `font` (the deck's sans-serif font) that draw Latin letters, which
 * the page would otherwise ask for only once it draws text: slide 1 showed its
 * title in a fallback face first.
 */
export function firstScreenPreload({ font }: { font?: string } = {}): Plugin {
  let base = '/'
  const family = font?.replace(/^(["'])(.*)\1$/, '$2')
  return {
    name: 'versus:first-screen-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk }) {
        if (!bundle || !chunk)
          return
        const chunks = Object.values(bundle).filter((o): o is Chunk => o.type === 'chunk')
        const roots = chunks.filter(c => c.moduleIds.some(id => FIRST_SCREEN.some(re => re.test(id))))
        const scripts = firstScreenFiles(chunks, chunk, roots)
        // Vite has linked the page's stylesheet by now (one for the whole build: vite.config.ts).
        const fonts = family
          ? linkedStylesheets(html, base).flatMap((css) => {
              const asset = bundle[css]
              return asset?.type === 'asset' && typeof asset.source === 'string'
                ? latinFaces(asset.source, family).map(url => pageUrl(url, css, base))
                : []
            })
          : []
        const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({ tag: 'link', attrs, injectTo: 'head' })
        return [
          ...scripts.map(f => link({ rel: 'modulepreload', crossorigin: true, href: `${base}${f}` })),
          ...fonts.map(url => link({
            rel: 'preload',
            as: 'font',
            type: 'font/woff2',
            crossorigin: true,
            href: url,
          })),
        ]
      },
    },
  }
}
