// Rough text measures, so long content continues on a next slide instead of
// overflowing. Numbers are characters per line and lines per slide at the
// deck's font sizes on a 980 × 551 canvas; `npm run check:layout` keeps them honest.

/**
 * A text wrapped into lines of at most `chars` characters, the way a browser
 * wraps it: at spaces, a word too long for a line broken anywhere.
 */
export function wrap(text: string, chars: number): string[] {
  const out: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (let word of paragraph.split(' ')) {
      if (line && line.length + 1 + word.length > chars) {
        out.push(line)
        line = ''
      }
      while (word.length > chars) {
        if (line) {
          out.push(line)
          line = ''
        }
        out.push(word.slice(0, chars))
        word = word.slice(chars)
      }
      line = line
        ? `${line} ${word}`
        : word
    }
    out.push(line)
  }
  return out
}

/** Lines a text takes in a column `chars` characters wide (see wrap). */
export function lines(text: string, chars: number): number {
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
  const limit = (page: number) => page ? budget : first
  const fits = (page: readonly T[], i: number) =>
    page.reduce((n, item) => n + cost(item), 0) <= limit(i) || (page.length === 1 && (i > 0 || first >= budget))
  const greedy: T[][] = [[]]
  let used = 0
  for (const item of items) {
    const c = cost(item)
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
