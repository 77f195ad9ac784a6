import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { DiagramView } from './view.ts'
import { joinNames } from './context.ts'
import { architectureFlowchart } from './mermaid.ts'

function diagramOf(ctx: DeckContext, index: number): DiagramView['diagrams'][number] | undefined {
  const arch = ctx.data.subjects[index]?.architecture
  if (!arch)
    return undefined
  return {
    title: arch.title,
    direction: arch.direction ?? 'TB',
    code: architectureFlowchart(arch, ctx.subjects[index]!.color),
    labels: [
      ...arch.nodes.map(n => n.label),
      ...(arch.groups ?? []).map(g => g.label),
      ...(arch.edges ?? []).flatMap(e => e.label ?? []),
    ],
  }
}

/** One slide per subject with an architecture, then all of them side by side. */
export function architectureSlides(ctx: DeckContext): Slide[] {
  const drawn = ctx.data.subjects.flatMap((s, i) => {
    const diagram = diagramOf(ctx, i)
    return diagram
      ? [
          { subject: s, view: ctx.subjects[i]!, diagram },
        ]
      : []
  })
  const single = drawn.map(({ subject, view, diagram }): Slide => ({
    title: `${subject.name}: ${diagram.title}`,
    layout: 'default',
    component: 'ArchitectureDiagram',
    view: {
      title: `${subject.name}: ${diagram.title}`,
      subjects: [view],
      diagrams: [diagram],
    } satisfies DiagramView,
    notes: [subject.architecture?.notes ?? `Walk through ${diagram.title} from top to bottom.`],
  }))
  if (drawn.length < 2)
    return single
  const title = 'Side by side'
  const sideBySide: Slide = {
    title,
    layout: 'default',
    component: 'ArchitectureDiagram',
    view: {
      title,
      subjects: drawn.map(d => d.view),
      diagrams: drawn.map(d => d.diagram),
    } satisfies DiagramView,
    notes: [
      `The same request, ${drawn.length === 2
        ? 'two models'
        : `${drawn.length} models`}: ${joinNames(drawn.map(d => `${d.subject.name} (${d.diagram.title})`))}.`,
      'Point out where each one waits for I/O and where it runs your code; that is where the concurrency differences come from.',
    ],
  }
  return [...single, sideBySide]
}
