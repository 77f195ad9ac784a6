import type { Plugin } from 'vite'
import { rewriteFrontmatterModules } from './frontmatter-modules.ts'

// A built deck's entry chunk carries every slide's frontmatter twice: parsed,
// and as the YAML it was written in (`frontmatterRaw` in the slide's info),
// which only Slidev's side editor reads, and a built site has no editor.
// A generated slide's frontmatter holds its view: for the 44-slide default
// deck that was 97 kB of YAML text in the JS loaded before slide 1.

/** The slide's info, as Slidev's loader spreads it into the module (packages/slidev/node/vite/loaders.ts). */
const SLIDE_INFO = /^( {4}\.\.\.\()(\{.*\})(\),)$/m

/** The module with the slide's raw frontmatter emptied, or null when there is none. */
export function withoutRawFrontmatter(code: string): string | null {
  const found = SLIDE_INFO.exec(code)
  if (!found)
    return null
  const info = JSON.parse(found[2]!) as { frontmatterRaw?: string }
  if (!info.frontmatterRaw)
    return null
  info.frontmatterRaw = ''
  return code.replace(SLIDE_INFO, (_, before: string, _info: string, after: string) => `${before}${JSON.stringify(info)}${after}`)
}

export function noRawFrontmatter(): Plugin {
  return rewriteFrontmatterModules('versus:no-raw-frontmatter', withoutRawFrontmatter, 'build')
}
