import type { Architecture, Subject } from '../dataset/schema.ts'
import type { DeckContext } from './context.ts'
import type { Size } from './diagram-layout.ts'
import type { Slide } from './slide.ts'
import type { CitationView, DiagramView, SubjectView } from './view.ts'
import { allCitations, citationNote, citationsFor, titleLines } from './context.ts'
import { labelPx, planLayout } from './diagram-layout.ts'
import { architectureFlowchart } from './mermaid.ts'
import { DIAGRAM_ESTIMATE_MARGIN, DIAGRAM_HEADING, DIAGRAM_TITLE, diagramArea, diagramHeadingWidth, diagramTitleWidth, MIN_DIAGRAM_LABEL_PX, MIN_TEXT_PX, SCREEN_SCALE } from './metrics.ts'

interface Drawn {
  subject: Subject
  view: SubjectView
  arch: Architecture
  citations: CitationView[]
}

function diagram(d: Drawn, area: Size, minPx: number): DiagramView['diagrams'][number] & { px: number } {
  const plan = planLayout(d.arch, area, minPx, SCREEN_SCALE)
  return {
    title: d.arch.title,
    direction: plan.direction,
    code: architectureFlowchart(d.arch, d.view.color, plan),
    labels: [
      ...d.arch.nodes.map(n => n.label),
      ...(d.arch.groups ?? []).map(g => g.label),
      ...(d.arch.edges ?? []).flatMap(e => e.label ?? []),
    ],
    citations: d.citations,
    px: labelPx(plan.size, area, SCREEN_SCALE),
  }
}

/** Grids that hold `n` diagrams, as columns × rows. */
function grids(n: number): Array<[number, number]> {
  return n === 2
    ? [
        [2, 1],
        [1, 2],
      ]
    : n === 3
      ? [
          [3, 1],
          [2, 2],
        ]
      : [
          [2, 2],
          [4, 1],
        ]
}

/**
 * One slide per subject with an architecture, each diagram laid out for the
 * whole slide; then all of them on one slide in the grid that draws their
 * labels largest, when that keeps every label readable. Otherwise there is no
 * such slide, and the notes say why: diagrams are never shrunk to fit.
 */
export function architectureSlides(ctx: DeckContext): Slide[] {
  const { l } = ctx
  const drawn: Drawn[] = ctx.data.subjects.flatMap((subject, i) => subject.architecture
    ? [
        {
          subject,
          view: ctx.subjects[i]!,
          arch: subject.architecture,
          citations: citationsFor(ctx, subject.architecture.sources),
        },
      ]
    : [])
  const single = drawn.map((d): Slide => {
    const title = `${d.subject.name}: ${d.arch.title}`
    const area = diagramArea(1, 1, titleLines(title, d.citations, diagramTitleWidth, DIAGRAM_TITLE))
    const { px: size, ...shown } = diagram(d, area, MIN_DIAGRAM_LABEL_PX)
    return {
      title,
      layout: 'none',
      component: 'ArchitectureDiagram',
      view: {
        title,
        subjects: [d.view],
        diagrams: [shown],
        columns: 1,
      } satisfies DiagramView,
      notes: [
        d.arch.notes ?? l.t('notesDiagram', { title: d.arch.title }),
        size < MIN_DIAGRAM_LABEL_PX
          ? l.t('notesDiagramSmall', {
              size: Math.floor(size),
              min: MIN_DIAGRAM_LABEL_PX,
            })
          : '',
        citationNote(l, shown.citations),
      ],
    }
  })
  if (drawn.length < 2)
    return single

  const layouts = grids(drawn.length).map(([columns, rows]) => {
    const headingLines = Math.max(...drawn.map(d => titleLines(`${d.subject.name}: ${d.arch.title}`, d.citations, diagramHeadingWidth(columns), DIAGRAM_HEADING)))
    const area = diagramArea(columns, rows, 1, headingLines)
    const diagrams = drawn.map(d => diagram(d, area, MIN_TEXT_PX * DIAGRAM_ESTIMATE_MARGIN))
    return {
      columns,
      rows,
      diagrams,
      smallest: Math.min(...diagrams.map(d => d.px)),
    }
  })
  const best = layouts.reduce((a, b) => b.smallest > a.smallest
    ? b
    : a)
  const models = l.list(drawn.map(d => `${d.subject.name} (${d.arch.title})`))
  if (best.smallest < MIN_TEXT_PX * DIAGRAM_ESTIMATE_MARGIN) {
    single.at(-1)!.notes.push(l.t('notesNoSideBySide', {
      n: drawn.length,
      size: Math.floor(best.smallest),
      min: MIN_TEXT_PX,
      diagrams: models,
    }))
    return single
  }
  const title = l.t('sideBySideTitle')
  const sideBySide: Slide = {
    title,
    layout: 'none',
    component: 'ArchitectureDiagram',
    view: {
      title,
      subjects: drawn.map(d => d.view),
      diagrams: best.diagrams.map(({ px: _px, ...shown }) => shown),
      columns: best.columns,
    } satisfies DiagramView,
    notes: [
      drawn.length === 2
        ? l.t('notesSideBySideTwo', { diagrams: models })
        : l.t('notesSideBySide', { n: drawn.length, diagrams: models }),
      l.t('notesSideBySideHint'),
      citationNote(l, allCitations(...best.diagrams.map(d => d.citations))),
    ],
  }
  return [...single, sideBySide]
}
