import type { BundledLanguage, BundledTheme, HighlighterGeneric } from 'shiki'

// Code on example slides is highlighted when the deck is generated, the way
// Slidev highlights its own code blocks (Shiki), and written into the slide as
// data: each token's text with its colour in light and dark mode. The
// component shows the text with Vue's text interpolation, so code is never
// markdown or HTML source.

/** A run of code and its colours: light, and dark. */
export interface CodeToken {
  t: string
  l?: string
  d?: string
}

/** A piece of code an example slide shows. */
export interface Snippet {
  code: string
  language: string
}

/** Code as lines of tokens. */
export type Highlight = (code: string, language: string) => CodeToken[][]

// The high-contrast variants keep every token at 4.5:1 or more on the code panel (test/browser/built-deck.test.ts).
export const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const

/** Code as a slide shows it: \n line ends, without the final one a YAML block adds. */
export const normalize = (code: string) => code.replace(/\r\n?/g, '\n').replace(/\n$/, '')

/** Lines of one uncoloured token each: for renders that do without a highlighter. */
export const plainCode: Highlight = code => normalize(code).split('\n').map(line => [
  { t: line },
])

const highlighters = new Map<string, Promise<HighlighterGeneric<BundledLanguage, BundledTheme>>>()

/** A highlighter for these languages, created once per set of languages. */
export async function loadHighlight(languages: readonly string[]): Promise<Highlight> {
  if (!languages.length)
    return plainCode
  const key = [
    ...new Set(languages),
  ].sort().join(',')
  let highlighter = highlighters.get(key)
  if (!highlighter) {
    // Imported here, not above: a deck whose colours are cached loads no Shiki (highlight-cache.ts).
    highlighter = import('shiki').then(({ createHighlighter }) => createHighlighter({
      themes: Object.values(THEMES),
      langs: key.split(','),
    }))
    highlighters.set(key, highlighter)
  }
  const ready = await highlighter
  // No time limit per line: Shiki's default (500 ms) leaves the rest of a line
  // uncoloured when the machine is busy, so the same data gave another deck.
  return (code, language) => ready.codeToTokens(normalize(code), { lang: language as BundledLanguage, themes: THEMES, tokenizeTimeLimit: 0 }).tokens.map(line => line.map((token) => {
    const style = token.htmlStyle as Record<string, string> | undefined
    return { t: token.content, l: style?.color, d: style?.['--shiki-dark'] }
  }))
}
