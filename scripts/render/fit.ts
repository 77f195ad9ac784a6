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
 * Where each line of `paragraph` (no newline in it) starts and ends when it is
 * wrapped `chars` average characters wide, the way a browser wraps it: at
 * spaces and around wide characters, a word too long for a line broken
 * anywhere. A line is a run of the paragraph: the space it breaks at is left out.
 */
function eachLine(paragraph: string, chars: number, line: (start: number, end: number) => void): void {
  // Most text has no wide character: then a piece's width is its length.
  const wide = WIDE_CHAR.test(paragraph)
  const width = (start: number, end: number) => wide
    ? textWidth(paragraph.slice(start, end))
    : end - start
  // The open line: [from, to), `used` wide; empty until a piece with characters is placed.
  let from = 0
  let to = 0
  let used = 0
  let open = false
  // A word follows a space (`space` 1); the pieces of a word follow each other directly.
  const place = (start: number, end: number, space: number) => {
    let w = width(start, end)
    if (open && used + space + w > chars) {
      line(from, to)
      open = false
    }
    while (w > chars) {
      if (open) {
        line(from, to)
        open = false
      }
      const cut = fitting(paragraph.slice(start, end), chars)
      // One wide character in a column narrower than it: it takes a line, as in a browser.
      if (start + cut === end)
        break
      line(start, start + cut)
      start += cut
      w = width(start, end)
    }
    if (open) {
      used += space + w
    }
    else {
      from = start
      used = w
    }
    to = end
    open ||= end > start
  }
  let start = 0
  while (start <= paragraph.length) {
    const space = paragraph.indexOf(' ', start)
    const end = space < 0
      ? paragraph.length
      : space
    // Where the word may break: nowhere, or around each wide character in it.
    const word = wide
      ? paragraph.slice(start, end)
      : ''
    if (wide && WIDE_CHAR.test(word)) {
      let at = start
      word.split(AROUND_WIDE).filter(Boolean).forEach((piece, k) => {
        place(at, at + piece.length, k === 0
          ? 1
          : 0)
        at += piece.length
      })
    }
    else {
      place(start, end, 1)
    }
    start = end + 1
  }
  line(from, to)
}

/** A text wrapped into lines at most `chars` average characters wide (see eachLine). */
export function wrap(text: string, chars: number): string[] {
  const out: string[] = []
  for (const paragraph of text.split('\n'))
    eachLine(paragraph, chars, (start, end) => out.push(paragraph.slice(start, end)))
  return out
}

/** Lines a text takes in a column `chars` characters wide (see wrap). */
export function lines(text: string, chars: number): number {
  // A short line of narrow characters: most table cells and titles.
  if (text.length <= chars && !text.includes('\n') && !WIDE_CHAR.test(text))
    return 1
  let n = 0
  for (const paragraph of text.split('\n'))
    eachLine(paragraph, chars, () => n++)
  return n
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
