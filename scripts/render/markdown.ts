import { stringify } from 'yaml'

// Escaping for each place where dataset text meets Slidev's markdown.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * Speaker notes are markdown with raw HTML enabled and `[click]` markers.
 * Entities make HTML (and any `-->` that would close the note) inert;
 * backslashes disarm inline markdown; line starts lose their block meaning.
 */
export function noteText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map(paragraph => paragraph
      .replace(/[&<>]/g, ch => HTML_ENTITIES[ch]!)
      .replace(/[\\`*_[\]~$|#!{}]/g, ch => `\\${ch}`)
      .replace(/^(\s*)([-+=])/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/gm, '$1\\$2'))
    .join('\n\n')
}

/** A note block: the last HTML comment of a slide. Escaping removes every `-->`. */
export function notesBlock(paragraphs: readonly string[]): string {
  return `<!--\n${paragraphs.filter(Boolean).map(noteText).join('\n\n')}\n-->`
}

const PLAIN_TITLE = /^[\p{L}\p{N} .,:;'()/+&?!-]*$/u
/** `:name:` is an emoji shortcode to markdown. */
const SHORTCODE = /:[^\s:]+:/

/**
 * Slide titles are compiled by Slidev as markdown and then as a Vue template
 * (navigation, presenter, PDF outline). Ordinary titles pass untouched so the
 * outline stays clean; anything else is shown literally through `v-pre`.
 */
export function titleText(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  if (PLAIN_TITLE.test(oneLine) && !SHORTCODE.test(oneLine))
    return oneLine
  const html = oneLine.replace(/[&<>"'{}[\]\\`*_|#$:~]/g, ch => `&#${ch.codePointAt(0)};`)
  return `<span v-pre>${html}</span>`
}

/**
 * Frontmatter as YAML with every string, keys included, double-quoted. Newlines become `\n`,
 * and since Slidev ends a frontmatter block at the first `---` anywhere, no
 * two dashes stay adjacent: all strings are quoted, so `\x2D` is always legal.
 */
export function frontmatter(data: Record<string, unknown>): string {
  return stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: null, lineWidth: 0 })
    .trimEnd()
    .replace(/-(?=-)/g, '\\x2D')
}
