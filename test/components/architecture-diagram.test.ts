// @vitest-environment happy-dom
import type { DiagramView } from '../../scripts/render/view.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ArchitectureDiagram from '../../components/ArchitectureDiagram.vue'
import { cssVar, DATASETS, deck, expectInert, hostile, marked, subjectColor, SUBJECTS, texts, viewsOf } from './helpers.ts'

// MermaidView needs @slidev/client and a real browser to run Mermaid, so
// helpers.ts registers MermaidViewStub under the name MermaidView: a trivial
// local component that shows its `label` (.stub-label) and `code`
// (.stub-code) as text. MermaidView itself is covered by the browser tests.

const three = viewsOf<DiagramView>(await deck(DATASETS.three), 'ArchitectureDiagram')
const real = viewsOf<DiagramView>(await deck(DATASETS.real), 'ArchitectureDiagram')

const all = [
  ...three,
  ...real,
].map(v => [v.title, v] as const)

function diagram(title: string, direction: 'TB' | 'LR'): DiagramView['diagrams'][number] {
  return {
    title,
    direction,
    code: `flowchart ${direction}\n  A[${title}] --> B`,
    labels: [title, 'B'],
    citations: [],
  }
}

const columns = (w: ReturnType<typeof mount>) => cssVar(w.get('.panels'), '--columns')

describe('<ArchitectureDiagram>', () => {
  it.each(all)('%s: one panel per diagram, each handing its code and label to MermaidView', (title, view) => {
    const w = mount(ArchitectureDiagram, { props: view })
    expect(w.get('h1').text()).toBe(view.diagrams.length === 1
      ? marked(title, view.diagrams[0]!.citations)
      : title)
    const panels = w.findAll('section.panel')
    expect(panels).toHaveLength(view.diagrams.length)
    panels.forEach((panel, i) => {
      const d = view.diagrams[i]!
      const s = view.subjects[i]!
      expect(panel.findAll('.mermaid-stub')).toHaveLength(1)
      expect(panel.get('.mermaid-stub').classes()).toContain('chart')
      expect(panel.get('.stub-code').text()).toBe(d.code)
      expect(panel.get('.stub-label').text()).toBe(`${s.name}: ${d.title}. ${d.labels.join(', ')}`)
      expect(subjectColor(panel)).toBe(s.color)
    })
  })

  it.each(all)('%s: subject headings only when there is more than one diagram', (_, view) => {
    const headings = mount(ArchitectureDiagram, { props: view }).findAll('h2')
    if (view.diagrams.length > 1)
      expect(texts(headings)).toEqual(view.diagrams.map((d, i) => marked(`${view.subjects[i]!.name}: ${d.title}`, d.citations)))
    else
      expect(headings).toHaveLength(0)
  })

  it('full-3: a slide for Go, one for Rust, then both side by side in the grid the generator chose', () => {
    expect(three.map(v => v.title)).toEqual(['Go: The Go scheduler', 'Rust: Ownership', 'Side by side'])
    const [go, rust, both] = three.map(v => mount(ArchitectureDiagram, { props: v }))
    expect(columns(go!)).toBe('1')
    expect(columns(rust!)).toBe('1')
    expect(columns(both!)).toBe(String(three[2]!.columns))
    expect(texts(both!.findAll('h2'))).toEqual(['Go: The Go scheduler[1]', 'Rust: Ownership'])
    expect(both!.findAll('section.panel').map(subjectColor)).toEqual(['#00add8', '#ddeeaa'])
    expect(go!.get('.stub-label').text()).toBe('Go: The Go scheduler. Goroutines, Processors (P), OS threads (M), Go runtime, queued on')
  })

  it('node-vs-django: each diagram links the sources behind it, in the title or its heading', () => {
    for (const view of real) {
      const w = mount(ArchitectureDiagram, { props: view })
      const where = view.diagrams.length === 1
        ? [
            w.get('h1'),
          ]
        : w.findAll('h2')
      expect(where.map(h => h.findAll('.citations a').map(a => a.attributes('href'))))
        .toEqual(view.diagrams.map(d => d.citations.map(c => c.url)))
      expect(view.diagrams.every(d => d.citations.length > 0)).toBe(true)
    }
  })

  it.each([1, 2, 3, 4])('lays %i diagram(s) out in the columns it is given', (n) => {
    const props: DiagramView = {
      title: 'Side by side',
      subjects: SUBJECTS.slice(0, n),
      diagrams: Array.from({ length: n }, (_, i) => diagram(`D${i}`, i % 2
        ? 'TB'
        : 'LR')),
      columns: n === 4
        ? 2
        : n,
    }
    const w = mount(ArchitectureDiagram, { props })
    expect(columns(w)).toBe(String(props.columns))
    expect(w.findAll('section.panel')).toHaveLength(n)
    expect(w.findAll('h2')).toHaveLength(n > 1
      ? n
      : 0)
  })

  it('shows hostile text literally', () => {
    const props: DiagramView = {
      title: hostile('title'),
      subjects: [
        {
          ...SUBJECTS[0]!,
          name: hostile('name'),
        },
        SUBJECTS[1]!,
      ],
      diagrams: [
        diagram(hostile('diagram'), 'TB'),
        diagram('Plain', 'LR'),
      ],
      columns: 2,
    }
    const w = mount(ArchitectureDiagram, { props })
    expectInert(w, [
      hostile('title'),
      `${hostile('name')}: ${hostile('diagram')}`,
    ])
  })
})
