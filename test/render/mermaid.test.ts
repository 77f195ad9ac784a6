import type { Architecture } from '../../scripts/dataset/schema.ts'
import { describe, expect, it } from 'vitest'
import { architectureFlowchart, mermaidLabel } from '../../scripts/render/mermaid.ts'

describe('mermaidLabel', () => {
  it.each([
    'plain words 42',
    'graph TD; A-->B',
    '"]); click A call alert(1) %%',
    '<script>{{ x }}</script>',
    'end',
    'a|b|c',
    '#quot; &amp; \\ `',
    'new\nline\r\nand\ttab',
    '🚀 emoji, שלום عربي and \u202E override',
  ])('%j becomes a quoted string of letters, digits, spaces and #code; entities', (text) => {
    const out = mermaidLabel(text)
    expect(out).toMatch(/^"[\p{L}\p{N} #;]*"$/u)
    // Entities only in the form #<digits>; and no bare # or ;
    expect(out.slice(1, -1).replace(/#\d+;/g, '')).toMatch(/^[\p{L}\p{N} ]*$/u)
  })

  it('encodes characters by code point, so Mermaid shows them literally', () => {
    expect(mermaidLabel('A "q" #1;')).toBe('"A #34;q#34; #35;1#59;"')
    expect(mermaidLabel('🚀')).toBe('"#128640;"')
  })

  it('flattens whitespace and trims', () => {
    expect(mermaidLabel('  a\n\n b\t')).toBe('"a b"')
  })
})

describe('architectureFlowchart', () => {
  const arch: Architecture = {
    title: 'T',
    direction: 'LR',
    groups: [
      { id: 'subgraph', label: 'Box' },
    ],
    nodes: [
      { id: 'end', label: 'End', group: 'subgraph' },
      { id: 'graph', label: 'Graph' },
      { id: 'click', label: 'Click' },
    ],
    edges: [
      { from: 'end', to: 'graph', label: 'a-->b' },
      { from: 'graph', to: 'click' },
    ],
  }

  it('draws a small architecture as reviewed', () => {
    expect(architectureFlowchart(arch, '#5fa04e')).toMatchInlineSnapshot(`
      "flowchart LR
        subgraph g_subgraph["Box"]
          n_end["End"]
        end
        n_graph["Graph"]
        n_click["Click"]
        n_end -->|"a#45;#45;#62;b"| n_graph
        n_graph --> n_click
        classDef subject fill:#5fa04e26,stroke:#5fa04e,stroke-width:2px
        class n_end,n_graph,n_click subject
        classDef area fill:transparent,stroke:#5fa04e,stroke-dasharray:6 4
        class g_subgraph area"
    `)
  })

  it('prefixes every id: a node called `end` never appears bare', () => {
    const code = architectureFlowchart(arch, '#000000')
    const tokens = code.split('\n').flatMap(l => l.replace(/"[^"]*"/g, '').split(/[\s[\]|,]+/)).filter(Boolean)
    // `end` only as the keyword closing the one subgraph
    expect(tokens.filter(t => t === 'end')).toHaveLength(1)
    expect(code.split('\n').filter(l => l.trim() === 'end')).toHaveLength(1)
    // `subgraph` only as the keyword, never as the group's id
    expect(tokens.filter(t => t === 'subgraph')).toHaveLength(1)
    for (const id of ['graph', 'click'])
      expect(tokens).not.toContain(id)
  })

  it('defaults to top-to-bottom and leaves out groups when there are none', () => {
    const code = architectureFlowchart({
      title: 'T',
      nodes: [
        { id: 'a', label: 'A' },
      ],
    }, '#112233')
    expect(code).toBe('flowchart TB\n  n_a["A"]\n  classDef subject fill:#11223326,stroke:#112233,stroke-width:2px\n  class n_a subject')
  })

  it('places each grouped node inside its group only', () => {
    const code = architectureFlowchart({
      title: 'T',
      groups: [
        { id: 'g1', label: 'One' },
        { id: 'g2', label: 'Two' },
      ],
      nodes: [
        { id: 'a', label: 'A', group: 'g2' },
        { id: 'b', label: 'B', group: 'g1' },
        { id: 'c', label: 'C' },
      ],
    }, '#000000')
    const lines = code.split('\n')
    expect(lines.slice(1, 8)).toEqual([
      '  subgraph g_g1["One"]',
      '    n_b["B"]',
      '  end',
      '  subgraph g_g2["Two"]',
      '    n_a["A"]',
      '  end',
      '  n_c["C"]',
    ])
  })
})
