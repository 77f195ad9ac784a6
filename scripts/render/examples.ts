import type { Dataset } from '../dataset/schema.ts'
import type { DeckContext } from './context.ts'
import type { CodeToken, Highlight, Snippet } from './highlight.ts'
import type { Slide } from './slide.ts'
import type { CodeView } from './view.ts'
import { citationNote, citationsFor, partTitle } from './context.ts'
import { CODE, columnTextWidth, linePx, REM } from './metrics.ts'

/** Every piece of code a dataset's examples show, in each subject's language. */
export function exampleSnippets(data: Dataset): Snippet[] {
  return (data.examples ?? []).flatMap(e => Object.values(e.code).map(c => ({ code: c.source, language: c.language })))
}

/** What a code column holds when `columns` share the slide: characters per line, lines per slide. */
export function codeColumn(columns: number): { chars: number, lines: number } {
  return {
    chars: Math.floor(columnTextWidth(columns, CODE.paddingRem) / (CODE.text.rem * REM * CODE.charEm)),
    lines: Math.floor(CODE.bodyPx / linePx(CODE.text)),
  }
}

/** Screen lines a line of code takes in a column `chars` characters wide: long lines wrap, indented. */
export function codeLines(line: CodeToken[], chars: number): number {
  const length = line.reduce((n, t) => n + t.t.length, 0)
  return 1 + Math.ceil(Math.max(0, length - chars) / (chars - CODE.wrapIndentCh))
}

/**
 * One slide per example, the subjects' code side by side; code too long for
 * one slide continues on the next, cut at whole lines, every column at the
 * same pace.
 */
export function exampleSlides(ctx: DeckContext, highlight: Highlight): Slide[] {
  const { l } = ctx
  return (ctx.data.examples ?? []).flatMap((example) => {
    const shown = ctx.subjects.filter(s => example.code[s.id])
    const { chars, lines: budget } = codeColumn(shown.length)
    const columns = shown.map((s) => {
      const code = example.code[s.id]!
      const lines = highlight(code.source, code.language)
      // Whole lines per slide, as many as fit once long ones wrap.
      const pages: CodeToken[][][] = [[]]
      let used = 0
      for (const line of lines) {
        const cost = codeLines(line, chars)
        if (used + cost > budget && pages.at(-1)!.length) {
          pages.push([])
          used = 0
        }
        pages.at(-1)!.push(line)
        used += cost
      }
      return {
        subject: s,
        language: code.language,
        pages,
        lines: lines.length,
      }
    })
    const count = Math.max(...columns.map(c => c.pages.length))
    const citations = citationsFor(ctx, example.sources)
    return Array.from({ length: count }, (_, part): Slide => {
      const title = partTitle(l, example.title, part, count)
      const view: CodeView = {
        title,
        subjects: columns.map(c => c.subject),
        code: columns.map(c => ({ language: c.language, lines: c.pages[part] ?? [] })),
        citations,
      }
      return {
        title,
        layout: 'default',
        component: 'CodeCompare',
        view,
        notes: [
          part === 0
            ? example.notes ?? l.t('notesExample', {
              columns: l.list(columns.map(c => l.t('notesExampleColumn', {
                name: c.subject.name,
                language: c.language,
                lines: l.plural('codeLines', c.lines, { n: c.lines }),
              }))),
            })
            : l.t('notesContinued', { title: example.title }),
          citationNote(l, citations),
        ],
      }
    })
  })
}
