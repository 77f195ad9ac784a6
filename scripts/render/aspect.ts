import type { DeckContext } from './context.ts'
import type { AspectSize } from './metrics.ts'
import type { Slide } from './slide.ts'
import type { AspectView, CitedText } from './view.ts'
import { allCitations, citationNote, citationsFor, citedText, partTitle, titleLines, withMarks } from './context.ts'
import { lines, paginate } from './fit.ts'
import { ASPECT, aspectBodyPx, charsPerLine, columnTextWidth, CONTENT_WIDTH, linePx, REM, SLIDE_TITLE } from './metrics.ts'

/** Canvas pixels a subject's key phrase and bullets take in one of `columns` columns, set at `size`. */
export function aspectColumnPx(cell: string, details: readonly CitedText[], columns: number, size: AspectSize): number {
  return cellPx(cell, columns, size) + details.reduce((n, d) => n + bulletPx(d, columns, size), 0)
}

function cellPx(text: string, columns: number, size: AspectSize): number {
  if (!text)
    return 0
  const s = ASPECT.sizes[size]
  return lines(text, charsPerLine(columnTextWidth(columns, ASPECT.paddingRem), s.cell)) * linePx(s.cell) + s.cellGapRem * REM
}

function bulletPx(bullet: CitedText, columns: number, size: AspectSize): number {
  const s = ASPECT.sizes[size]
  const text = withMarks(bullet.text, bullet.citations)
  // A bullet is indented 1.1em for its marker.
  const width = columnTextWidth(columns, ASPECT.paddingRem) - 1.1 * s.bullet.rem * REM
  // Vertical margins between bullets collapse: one gap each.
  return lines(text, charsPerLine(width, s.bullet)) * linePx(s.bullet) + s.bulletGapEm * s.bullet.rem * REM
}

export function aspectSlides(ctx: DeckContext): Slide[] {
  const { l } = ctx
  const columns = ctx.subjects.length
  return ctx.data.aspects.flatMap((aspect) => {
    const citations = citationsFor(ctx, aspect.sources)
    const cells = ctx.subjects.map(s => aspect.cells[s.id] ?? '')
    const details = ctx.subjects.map(s => (aspect.details?.[s.id] ?? []).map(claim => citedText(ctx, claim)))
    // The title as long as it can get: with its citation marks and a continuation mark.
    const body = aspectBodyPx(columns, titleLines(partTitle(l, aspect.title, 8, 9), citations, CONTENT_WIDTH, SLIDE_TITLE))
    // Large type when every column fits at it; else regular type, bullets continuing on further slides.
    const size: AspectSize = details.every((d, i) => aspectColumnPx(cells[i]!, d, columns, 'large') <= body)
      ? 'large'
      : 'regular'
    // The key phrase heads the first slide only, so continued bullets get the whole column.
    const pages = details.map((d, i) => paginate(d, b => bulletPx(b, columns, size), body, body - cellPx(cells[i]!, columns, size)))
    const count = Math.max(...pages.map(p => p.length))
    // The notes list every source the slide shows: the aspect's and its bullets'.
    const shown = (part: number) => allCitations(citations, ...pages.flatMap(p => p[part] ?? []).map(d => d.citations))
    const scores = aspect.scores
      ? l.t('notesAspectScores', {
          scores: ctx.subjects.map(s => `${s.name} ${aspect.scores?.[s.id]}`).join(l.messages.listSeparator),
        })
      : ''
    return Array.from({ length: count }, (_, part): Slide => {
      const title = partTitle(l, aspect.title, part, count)
      const view: AspectView = {
        title,
        subjects: ctx.subjects,
        sides: ctx.subjects.map((s, i) => ({
          cell: part ? '' : cells[i]!,
          details: pages[i]![part] ?? [],
          score: aspect.scores?.[s.id],
          scoreLabel: aspect.scores?.[s.id] === undefined
            ? undefined
            : l.t('scoreMeter', { score: aspect.scores[s.id]!, max: 5 }),
        })),
        citations,
        size,
      }
      return {
        title,
        layout: 'default',
        component: 'AspectCompare',
        view,
        notes: part > 0
          ? [
              l.t('notesContinued', { title: aspect.title }),
              citationNote(l, shown(part)),
            ]
          : [
              aspect.notes ?? l.t('notesInShort', {
                cells: ctx.subjects.map((s, i) => l.t('notesInShortItem', { name: s.name, cell: cells[i]! })).join(l.messages.groupSeparator),
              }),
              scores,
              citationNote(l, shown(part)),
            ],
      }
    })
  })
}
