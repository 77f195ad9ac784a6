import MarkdownExit from 'markdown-exit'

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

/**
 * The markdown Slidev renders slide titles with (its title renderer, Toc):
 * unplugin-vue-markdown's defaults as Slidev sets them, typographer and
 * linkify included (node_modules/@slidev/cli/dist/serve-*.mjs, createMarkdown).
 */
export const slidevMarkdown = MarkdownExit({
  html: true,
  xhtmlOut: true,
  linkify: true,
  typographer: true,
  quotes: '""\'\'',
})
slidevMarkdown.linkify.set({ fuzzyLink: false })

const WORDS = /^[\p{L}\p{N} ]*$/u
const PLAIN_CHARS = /^[\p{L}\p{N} .,:;'()/+&?!-]*$/u
/** `:name:` is an emoji shortcode to markdown. */
const SHORTCODE = /:[^\s:]+:/

/** Shown as typed in every place Slidev shows a title: no markup, no Vue, and nothing markdown changes ("--" to a dash, a URL to a link). */
function isPlain(title: string): boolean {
  return WORDS.test(title) || (PLAIN_CHARS.test(title) && !SHORTCODE.test(title)
    && slidevMarkdown.renderInline(title) === title.replace(/&/g, '&amp;'))
}

/**
 * Slide titles are compiled by Slidev as markdown and then as a Vue template
 * (navigation, presenter, table of contents) and printed raw into the PDF
 * outline. Plain titles pass untouched so the outline stays clean; anything
 * else is shown literally through `v-pre`, every character but letters,
 * digits and spaces an entity, so that neither markdown nor Vue sees syntax.
 */
export function titleText(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  if (isPlain(oneLine))
    return oneLine
  const html = oneLine.replace(/[^\p{L}\p{N} ]/gu, ch => `&#${ch.codePointAt(0)};`)
  return `<span v-pre>${html}</span>`
}

/** Text `quoted` has more to do for than JSON does (a superset: any surrogate, not only lone ones). */
const NEEDS_ESCAPE = /[\u0080-\u009F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]|--/

/**
 * A YAML double-quoted scalar. JSON's escapes are all valid in YAML; what YAML
 * also wants escaped (C1 controls, line and paragraph separators, BOM, lone
 * surrogates) is escaped too, and no two dashes stay adjacent, because Slidev
 * ends a frontmatter block at the first `---` anywhere.
 */
function quoted(text: string): string {
  const json = JSON.stringify(text)
  return NEEDS_ESCAPE.test(text)
    ? json
        .replace(/[\u0080-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/-(?=-)/g, '\\x2D')
    : json
}

/**
 * `value` as block YAML at `indent`. `inline`: it continues a line (`- ` of a
 * sequence item) instead of starting its own.
 */
function emit(value: unknown, indent: string, inline: boolean): string {
  const inner = `${indent}  `
  let out = ''
  if (Array.isArray(value)) {
    if (!value.length)
      return inline ? '[]' : ' []'
    for (let i = 0; i < value.length; i++) {
      out += (inline && i === 0
        ? '- '
        : `\n${indent}- `) + emit(value[i], inner, true)
    }
    return out
  }
  if (value !== null && typeof value === 'object') {
    for (const k in value) {
      const v = (value as Record<string, unknown>)[k]
      if (v !== undefined) {
        out += (inline && !out
          ? `${quoted(k)}:`
          : `\n${indent}${quoted(k)}:`) + emit(v, inner, false)
      }
    }
    return out || (inline ? '{}' : ' {}')
  }
  const scalar = typeof value === 'string'
    ? quoted(value)
    : JSON.stringify(value ?? null)
  return inline
    ? scalar
    : ` ${scalar}`
}

/**
 * Frontmatter as block YAML with every string, keys included, double-quoted,
 * one scalar per line. Written by hand rather than with a YAML library: the
 * quoting above is what keeps dataset text from ending a frontmatter block,
 * and it runs for every slide (a 10,000-aspect deck has 20,000).
 */
export function frontmatter(data: Record<string, unknown>): string {
  return emit(data, '', true)
}
