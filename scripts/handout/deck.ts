import type { StateCore, Token } from 'markdown-exit'
import MarkdownExit from 'markdown-exit'
import { loadDeckFile } from '../deck-file.ts'
import { DEFAULT_LOCALE, isLocaleTag } from '../render/locale/index.ts'

// The deck as the handout shows it: Slidev's own loader decides which slides
// exist (imports resolved, hidden slides dropped, numbered like Slidev's routes),
// and the notes are rendered from their markdown with raw HTML disabled.

export interface HandoutSlide {
  /** Slidev's slide number (its route). */
  no: number
  /** The title as inline HTML, safe to insert. */
  titleHtml: string
  /** The notes as HTML, safe to insert; empty when the slide has none. */
  notesHtml: string
}

export interface HandoutDeck {
  titleHtml: string
  /** The headmatter `info` line as inline HTML, or empty. */
  infoHtml: string
  exportFilename: unknown
  /** The deck's language (headmatter `htmlAttrs.lang`): the handout's own words follow it. */
  lang: string
  slides: HandoutSlide[]
}

/**
 * Markdown with `html: false`: a tag typed into a note is shown as text, never
 * run. Slidev's presenter leaves URLs as text; on paper a link is worth more,
 * so explicit http(s) URLs become links (see linkifyText).
 */
const md = MarkdownExit({
  html: false,
  linkify: false,
  typographer: false,
  breaks: false,
})
md.linkify
  .set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false })
  .add('ftp:', null)
  .add('mailto:', null)
  .add('//', null)
md.core.ruler.push('versus_linkify', linkifyText)

/**
 * markdown-it's own linkify sees the source before backslash escapes are
 * resolved, so `worker\_threads.html` would link to `worker%5C_threads.html`.
 * This runs last, on text already unescaped and joined.
 */
function linkifyText(state: StateCore): void {
  const { linkify } = state.md
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children)
      continue
    const children: Token[] = []
    let depth = 0
    for (const token of block.children) {
      depth += token.type === 'link_open'
        ? 1
        : token.type === 'link_close'
          ? -1
          : 0
      const matches = !depth && token.type === 'text'
        ? linkify.match(token.content)
        : null
      if (!matches) {
        children.push(token)
        continue
      }
      let last = 0
      const text = (content: string) => Object.assign(new state.Token('text', '', 0), { content })
      for (const match of matches) {
        const href = state.md.normalizeLink(match.url)
        if (!state.md.validateLink(href))
          continue
        if (match.index > last)
          children.push(text(token.content.slice(last, match.index)))
        const open = new state.Token('link_open', 'a', 1)
        open.attrs = [
          ['href', href],
        ]
        open.markup = 'linkify'
        open.info = 'auto'
        const close = new state.Token('link_close', 'a', -1)
        close.markup = 'linkify'
        close.info = 'auto'
        children.push(open, text(state.md.normalizeLinkText(match.text)), close)
        last = match.lastIndex
      }
      if (last < token.content.length)
        children.push(text(token.content.slice(last)))
    }
    block.children = children
  }
}

/** Slidev's `[click]` / `[click:3]` markers are presenter cues, not text. */
const CLICK_MARKER = /(?<!\\)\[click(?::\d+)?\]/gi

export function renderNotes(note: string | undefined): string {
  const text = (note ?? '').replace(CLICK_MARKER, '').trim()
  return text
    ? md.render(text)
    : ''
}

/**
 * Titles may be wrapped in markup for Slidev (`<span v-pre>A&#58; B</span>`):
 * drop the tags, then render what is left as inline markdown without HTML.
 */
export function renderTitle(title: unknown): string {
  if (typeof title !== 'string')
    return ''
  return md.renderInline(title.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim())
}

/** HTML of a title or line without its tags: still escaped, fit for `<title>`. */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, '')
}

function langOf(htmlAttrs: unknown): string {
  const lang = typeof htmlAttrs === 'object' && htmlAttrs !== null && 'lang' in htmlAttrs
    ? htmlAttrs.lang
    : undefined
  return typeof lang === 'string' && isLocaleTag(lang)
    ? lang
    : DEFAULT_LOCALE
}

export async function readHandoutDeck(entry: string): Promise<HandoutDeck> {
  const data = await loadDeckFile(entry)
  return {
    titleHtml: renderTitle(data.headmatter.title ?? data.slides[0]?.title),
    infoHtml: typeof data.headmatter.info === 'string'
      ? renderTitle(data.headmatter.info.split('\n')[0])
      : '',
    exportFilename: data.headmatter.exportFilename,
    lang: langOf(data.headmatter.htmlAttrs),
    slides: data.slides.map((slide, i) => ({
      no: i + 1,
      titleHtml: renderTitle(slide.title),
      notesHtml: renderNotes(slide.note),
    })),
  }
}
