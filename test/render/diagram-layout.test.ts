import type { Architecture } from '../../scripts/dataset/schema.ts'
import { describe, expect, it } from 'vitest'
import { labelPx, nodeSize, planLayout } from '../../scripts/render/diagram-layout.ts'
import { architectureFlowchart } from '../../scripts/render/mermaid.ts'
import { diagramArea, SCREEN_SCALE } from '../../scripts/render/metrics.ts'

const area = diagramArea(1, 1)
const plan = (arch: Architecture, where = area) => planLayout(arch, where, 18, SCREEN_SCALE)

function chain(ids: string[], closed = false): Architecture {
  const edges = ids.slice(1).map((to, i) => ({ from: ids[i]!, to }))
  return {
    title: 'T',
    nodes: ids.map(id => ({ id, label: `${id} step` })),
    edges: closed
      ? [
          ...edges,
          {
            from: ids.at(-1)!,
            to: ids[0]!,
          },
        ]
      : edges,
  }
}

describe('planLayout', () => {
  it('draws a cycle as a ring: the first half of its edges with the flow, the second half back', () => {
    const ring = plan(chain(['a', 'b', 'c', 'd', 'e', 'f'], true))
    expect(ring.reversed).toEqual([3, 4, 5])
  })

  it('splits an odd cycle with at most one edge more on either side, starting with the data\'s first edge', () => {
    expect([
      [2, 3, 4],
      [3, 4],
    ]).toContainEqual(plan(chain(['a', 'b', 'c', 'd', 'e'], true)).reversed)
  })

  it('draws nothing back in a graph without cycles', () => {
    expect(plan(chain(['a', 'b', 'c', 'd'])).reversed).toEqual([])
  })

  it('keeps the direction the data fixes', () => {
    expect(plan({
      ...chain(['a', 'b']),
      direction: 'TB',
    }).direction).toBe('TB')
    expect(plan({
      ...chain(['a', 'b']),
      direction: 'LR',
    }).direction).toBe('LR')
  })

  it('chooses the direction that fits the area', () => {
    const long = chain(['a', 'b', 'c', 'd', 'e'])
    expect(plan(long, { width: 1400, height: 300 }).direction).toBe('LR')
    expect(plan(long, { width: 300, height: 1400 }).direction).toBe('TB')
  })

  it('estimates larger labels for a smaller drawing in the same area', () => {
    const small = plan(chain(['a', 'b']))
    const large = plan(chain(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']))
    expect(labelPx(small.size, area, SCREEN_SCALE)).toBeGreaterThan(labelPx(large.size, area, SCREEN_SCALE))
  })

  it('sizes nodes by their label, wrapping long ones onto more lines', () => {
    expect(nodeSize('a much longer label than this').width).toBeGreaterThan(nodeSize('short').width)
    expect(nodeSize('x'.repeat(200)).height).toBeGreaterThan(nodeSize('x').height)
  })
})

describe('architectureFlowchart with a plan', () => {
  it('writes the edges drawn back as `to <--> from` and hides their end marker', () => {
    const arch = chain(['a', 'b', 'c', 'd'], true)
    const code = architectureFlowchart(arch, '#123456', {
      direction: 'LR',
      reversed: [2, 3],
    })
    expect(code.split('\n')[0]).toBe('flowchart LR')
    expect(code).toContain('  n_a --> n_b')
    expect(code).toContain('  n_d <--> n_c')
    expect(code).toContain('  n_a <--> n_d')
    expect(code).toContain('  linkStyle 2,3 marker-end:none')
  })

  it('writes no link style when nothing is drawn back', () => {
    expect(architectureFlowchart(chain(['a', 'b']), '#123456', { direction: 'TB', reversed: [] })).not.toContain('linkStyle')
  })
})
