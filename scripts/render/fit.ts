// Rough text measures, so long content continues on a next slide instead of
// overflowing. Numbers are characters per line and lines per slide at the
// deck's font sizes on a 980 × 551 canvas; `npm run check:layout` keeps them honest.

// East Asian wide characters (CJK ideographs, kana, Hangul, full-width forms
// and punctuation) are set about 1em wide: twice an average Latin character,
// which is about 0.5em. A line may break before or after any of them, as
// browsers break Chinese and Japanese text, which has no spaces.
// Ideographs outside the BMP count twice already, as two UTF-16 units.
const WIDE = '\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6'
// The ranges are Unicode blocks (Hangul Jamo, CJK ... Halfwidth and Fullwidth Forms), obscure only to the linter.
/* eslint-disable regexp/no-obscure-range */
const WIDE_CHARS = new RegExp(`[${WIDE}]`, 'g')
const WIDE_CHAR = new RegExp(`[${WIDE}]`)
const AROUND_WIDE = new RegExp(`([${WIDE}])`)
/* eslint-enable regexp/no-obscure-range */

/** A text's width in average characters: a wide character counts as two. */
export function textWidth(text: string): number {
  return text.length + (WIDE_CHAR.test(text)
    ? text.match(WIDE_CHARS)!.length
    : 0)
}

/** The length of the longest start of `text` at most `chars` wide: at least one character. */
function fitting(text: string, chars: number): number {
  let end = 0
  let width = 0
  for (const ch of text) {
    width += textWidth(ch)
    if (end && width > chars)
      break
    end += ch.length
  }
  return end
}

/**
 * A text wrapped into lines at most `chars` average characters wide, the way
 * a browser wraps it: at spaces and around wide characters, a word too long
 * for a line broken anywhere.
 */
export function wrap(text: string, chars: number): string[] {
  const out: string[] = []
  for (const paragraph of text.split('\n')) {
    // Most text has no wide character: then a word's width is its length.
    const wide = WIDE_CHAR.test(paragraph)
    const width = wide
      ? textWidth
      : (piece: string) => piece.length
    let line = ''
    let used = 0
    // A word follows a space (`space` 1); the pieces of a word follow each other directly.
    const place = (whole: string, space: number) => {
      let piece = whole
      let w = width(piece)
      if (line && used + space + w > chars) {
        out.push(line)
        line = ''
      }
      while (w > chars) {
        if (line) {
          out.push(line)
          line = ''
        }
        const cut = fitting(piece, chars)
        // One wide character in a column narrower than it: it takes a line, as in a browser.
        if (cut === piece.length)
          break
        out.push(piece.slice(0, cut))
        piece = piece.slice(cut)
        w = width(piece)
      }
      used = line
        ? used + space + w
        : w
      line = line
        ? `${line}${space ? ' ' : ''}${piece}`
        : piece
    }
    for (const word of paragraph.split(' ')) {
      // Where the word may break: nowhere, or around each wide character in it.
      if (wide && WIDE_CHAR.test(word)) {
        word.split(AROUND_WIDE).filter(Boolean).forEach((piece, k) => place(piece, k === 0
          ? 1
          : 0))
      }
      else {
        place(word, 1)
      }
    }
    out.push(line)
  }
  return out
}

/** Lines a text takes in a column `chars` characters wide (see wrap). */
export function lines(text: string, chars: number): number {
  // A short line of narrow characters: most table cells and titles.
  if (text.length <= chars && !text.includes('\n') && !WIDE_CHAR.test(text))
    return 1
  return wrap(text, chars).length
}

/**
 * Splits items into pages whose cost stays within `budget` (an item too big
 * for any page gets a page of its own). Pages come out as even as possible:
 * first the fewest pages greedy packing needs, then the same number of
 * nearly equal runs if those fit too.
 *
 * The first page may have less room (`first`), when something shown only
 * there comes before the items; it then starts empty if the first item does
 * not fit beside that.
 */
export function paginate<T>(items: readonly T[], cost: (item: T) => number, budget: number, first = budget): T[][] {
  // Each item measured once: both packings below need every cost.
  const costs = new Map(items.map(item => [
    item,
    cost(item),
  ]))
  const limit = (page: number) => page ? budget : first
  const fits = (page: readonly T[], i: number) =>
    page.reduce((n, item) => n + costs.get(item)!, 0) <= limit(i) || (page.length === 1 && (i > 0 || first >= budget))
  const greedy: T[][] = [[]]
  let used = 0
  for (const item of items) {
    const c = costs.get(item)!
    const page = greedy.at(-1)!
    if (used + c > limit(greedy.length - 1) && (page.length || first < budget)) {
      greedy.push([])
      used = 0
    }
    greedy.at(-1)!.push(item)
    used += c
  }
  if (greedy.length < 2)
    return greedy
  const size = Math.ceil(items.length / greedy.length)
  const even = Array.from({ length: greedy.length }, (_, i) => items.slice(i * size, (i + 1) * size)).filter(p => p.length)
  return even.length === greedy.length && even.every(fits)
    ? even
    : greedy
}

/** Characters per line of text `fontRem` high in a box `width` pixels wide. */
export function charsIn(width: number, fontRem: number): number {
  return Math.max(8, Math.floor(width / (fontRem * 16 * 0.5)))
}

/** Characters per line of body text in one of `columns` equal columns. */
export function columnChars(columns: number, fontRem: number): number {
  return charsIn((870 - (columns - 1) * 22) / columns - 36, fontRem)
}
