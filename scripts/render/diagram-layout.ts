import type { Architecture } from '../dataset/schema.ts'
import dagre from '@dagrejs/dagre'
import { textWidth } from './fit.ts'
import { DIAGRAM } from './metrics.ts'

// How a diagram is laid out before Mermaid draws it: which way it flows, and
// which edges are drawn against that flow so that a cycle reads as a ring
// (the event loop's phases go round, a request comes back as a response)
// instead of a long row with one arrow running all the way back. Mermaid
// (dagre) places nodes in ranks along the edges; an edge written
// `to <--> from` with its end marker hidden ranks `to` first but still points
// at `to`. Sizes are estimated from the same style Mermaid is given, to pick
// the direction and the reversals that draw the labels largest in the area:
// first roughly, by ranks, for every candidate; then the best few are laid
// out with dagre, the engine Mermaid lays flowcharts out with.

export type Direction = 'TB' | 'LR'

export interface Size {
  width: number
  height: number
}

export interface LayoutPlan {
  direction: Direction
  /** Indexes into `edges` drawn against the flow. */
  reversed: number[]
  /** Estimated natural size at DIAGRAM.fontPx. */
  size: Size
}

/** Mermaid's node box for a label, at DIAGRAM's font, wrapping and padding (measured). */
export function nodeSize(label: string): Size {
  const text = textWidth(label) * DIAGRAM.charEm * DIAGRAM.fontPx
  // Word wrapping leaves lines short of the limit: count a little more.
  const lines = Math.max(1, Math.ceil(text * 1.1 / DIAGRAM.wrappingWidth))
  return {
    width: Math.min(text, DIAGRAM.wrappingWidth) + DIAGRAM.nodePaddingX,
    height: lines * DIAGRAM.lineHeight * DIAGRAM.fontPx + DIAGRAM.nodePaddingY,
  }
}

interface Edge { from: number, to: number, label?: string }

/** Longest-path ranks of an acyclic graph; undefined when the edges hold a cycle. */
function ranks(count: number, edges: readonly Edge[]): number[] | undefined {
  const rank = Array.from<number>({ length: count }).fill(0)
  const incoming = Array.from<number>({ length: count }).fill(0)
  for (const e of edges)
    incoming[e.to]!++
  const ready = rank.map((_, i) => i).filter(i => !incoming[i])
  let seen = 0
  while (ready.length) {
    const v = ready.pop()!
    seen++
    for (const e of edges) {
      if (e.from !== v)
        continue
      rank[e.to] = Math.max(rank[e.to]!, rank[v]! + 1)
      if (!--incoming[e.to]!)
        ready.push(e.to)
    }
  }
  return seen === count
    ? rank
    : undefined
}

/** A rough size of the ranked graph drawn in `direction`, to rank candidates. */
function estimate(sizes: readonly Size[], rank: readonly number[], edges: readonly Edge[], direction: Direction, groups: number): Size {
  const count = Math.max(...rank) + 1
  const along = direction === 'LR'
    ? 'width'
    : 'height'
  const across = direction === 'LR'
    ? 'height'
    : 'width'
  const depth = Array.from<number>({ length: count }).fill(0)
  const breadth = Array.from<number>({ length: count }).fill(0)
  const members = Array.from<number>({ length: count }).fill(0)
  sizes.forEach((s, i) => {
    const r = rank[i]!
    depth[r] = Math.max(depth[r]!, s[along])
    breadth[r]! += s[across]
    members[r]!++
  })
  // A labelled edge puts its label between the ranks it joins.
  const gaps = Array.from<number>({ length: count - 1 }).fill(DIAGRAM.rankSpacing)
  for (const e of edges) {
    const [a, b] = [rank[e.from]!, rank[e.to]!].sort((x, y) => x - y)
    if (e.label && b! > a!) {
      const label = nodeSize(e.label)
      gaps[a!] = Math.max(gaps[a!]!, DIAGRAM.rankSpacing + (direction === 'LR'
        ? label.width
        : label.height))
    }
  }
  const length = depth.reduce((n, d) => n + d, 0) + gaps.reduce((n, g) => n + g, 0)
  const width = Math.max(...breadth.map((b, r) => b + (members[r]! - 1) * DIAGRAM.nodeSpacing))
  const extra = groups * DIAGRAM.groupPadding
  return direction === 'LR'
    ? { width: length + 2 * DIAGRAM.margin + extra, height: width + 2 * DIAGRAM.margin + extra }
    : { width: width + 2 * DIAGRAM.margin + extra, height: length + 2 * DIAGRAM.margin + extra }
}

/** Every simple cycle, as edge indexes in order (bounded: diagrams are small). */
function simpleCycles(count: number, edges: readonly Edge[], limit = 64): number[][] {
  const cycles: number[][] = []
  for (let start = 0; start < count && cycles.length < limit; start++) {
    // Cycles through `start` whose other nodes are all greater: each found once.
    const path: number[] = []
    const onPath = new Set([start])
    const walk = (v: number) => {
      edges.forEach((e, i) => {
        if (cycles.length >= limit || e.from !== v)
          return
        if (e.to === start) {
          cycles.push([...path, i])
        }
        else if (e.to > start && !onPath.has(e.to)) {
          onPath.add(e.to)
          path.push(i)
          walk(e.to)
          path.pop()
          onPath.delete(e.to)
        }
      })
    }
    walk(start)
  }
  return cycles
}

/**
 * A cycle drawn as a ring: with the flow on one contiguous arc, against it on
 * the other, the two arcs as long as each other (give or take one edge), and
 * the arc with the flow starting at the cycle's first edge in the data.
 */
function ring(cycle: readonly number[], reversed: ReadonlySet<number>): boolean {
  let turns = 0
  cycle.forEach((e, i) => {
    turns += reversed.has(e) !== reversed.has(cycle[(i + 1) % cycle.length]!)
      ? 1
      : 0
  })
  const back = cycle.filter(e => reversed.has(e)).length
  const first = cycle.indexOf(Math.min(...cycle))
  const before = cycle[(first + cycle.length - 1) % cycle.length]!
  return turns === 2 && Math.abs(2 * back - cycle.length) <= 1 && !reversed.has(cycle[first]!) && reversed.has(before)
}

/** At most this many edges on cycles are searched over (2^n orientations). */
const SEARCH_LIMIT = 14
/** Candidates laid out with dagre after the rough ranking. */
const SHORTLIST = 2

/** The size dagre gives nodes and edges with Mermaid's spacing. */
function dagreGraphSize(nodes: ReadonlyMap<string, Size>, edges: ReadonlyArray<{ from: string, to: string, label?: string }>, direction: Direction, ranksep: number): Size {
  const g = new dagre.graphlib.Graph({ multigraph: true })
  g.setGraph({
    rankdir: direction,
    nodesep: DIAGRAM.nodeSpacing,
    ranksep,
    marginx: DIAGRAM.margin,
    marginy: DIAGRAM.margin,
  })
  g.setDefaultEdgeLabel(() => ({}))
  for (const [id, size] of nodes)
    g.setNode(id, { ...size })
  edges.forEach((e, i) => {
    const label = e.label
      ? nodeSize(e.label)
      : { width: 0, height: 0 }
    g.setEdge(e.from, e.to, { minlen: 1, labelpos: 'c', ...label }, String(i))
  })
  dagre.layout(g)
  const { width = 0, height = 0 } = g.graph() as { width?: number, height?: number }
  return { width, height }
}

/**
 * The size Mermaid's layout gives the graph: like Mermaid, each group is laid
 * out on its own first (with more space between ranks), then placed as one
 * box, the edges that cross its border attached to the box.
 */
function dagreLayout(arch: Architecture, sizes: readonly Size[], flow: readonly Edge[], direction: Direction): Size {
  const groupOf = (i: number) => arch.nodes[i]!.group
  const outer = new Map<string, Size>()
  arch.nodes.forEach((node, i) => {
    if (!node.group)
      outer.set(String(i), sizes[i]!)
  })
  for (const group of arch.groups ?? []) {
    const members = new Map(arch.nodes.flatMap((n, i) => n.group === group.id
      ? [
          [
            String(i),
            sizes[i]!,
          ] as const,
        ]
      : []))
    const inside = flow.filter(e => groupOf(e.from) === group.id && groupOf(e.to) === group.id).map(e => ({
      from: String(e.from),
      to: String(e.to),
      label: e.label,
    }))
    const box = dagreGraphSize(members, inside, direction, DIAGRAM.rankSpacing + 25)
    const title = nodeSize(group.label)
    outer.set(`group:${group.id}`, { width: Math.max(box.width, title.width) + DIAGRAM.groupPadding, height: box.height + title.height + DIAGRAM.groupPadding })
  }
  const end = (i: number) => groupOf(i)
    ? `group:${groupOf(i)}`
    : String(i)
  const between = flow.map(e => ({
    from: end(e.from),
    to: end(e.to),
    label: e.label,
  })).filter(e => e.from !== e.to)
  return dagreGraphSize(outer, between, direction, DIAGRAM.rankSpacing)
}

// A drawing's size does not depend on the area it is fitted into: a diagram
// planned for its own slide and for a grid cell is laid out once per way.
const laidOut = new Map<string, Size>()
function dagreSize(arch: Architecture, sizes: readonly Size[], flow: readonly Edge[], direction: Direction, reversed: readonly number[]): Size {
  const key = JSON.stringify([arch, direction, reversed])
  let size = laidOut.get(key)
  if (!size) {
    size = dagreLayout(arch, sizes, flow, direction)
    laidOut.set(key, size)
  }
  return size
}

const cache = new Map<string, LayoutPlan>()

/**
 * The direction (unless the data fixes one) and the edges to draw against the
 * flow, every cycle as a ring: the fewest arrows drawn back that still give
 * labels of `minPx` screen pixels in `area`, else the largest labels.
 */
export function planLayout(arch: Architecture, area: Size, minPx: number, screenScale: number): LayoutPlan {
  const key = JSON.stringify([arch, area, minPx, screenScale])
  let plan = cache.get(key)
  if (!plan) {
    plan = search(arch, area, minPx, screenScale)
    cache.set(key, plan)
  }
  return plan
}

function search(arch: Architecture, area: Size, minPx: number, screenScale: number): LayoutPlan {
  const index = new Map(arch.nodes.map((n, i) => [n.id, i]))
  const edges: Edge[] = (arch.edges ?? []).map(e => ({
    from: index.get(e.from)!,
    to: index.get(e.to)!,
    label: e.label,
  }))
  const sizes = arch.nodes.map(n => nodeSize(n.label))
  const cycles = simpleCycles(arch.nodes.length, edges)
  const onCycles = [
    ...new Set(cycles.flat()),
  ].sort((a, b) => a - b)
  const directions: Direction[] = arch.direction
    ? [arch.direction]
    : ['LR', 'TB']
  const groups = arch.groups?.length ?? 0
  const subsets = onCycles.length <= SEARCH_LIMIT
    ? 2 ** onCycles.length
    : 1
  const fit = (size: Size) => Math.min(area.width / size.width, area.height / size.height)
  const candidates: Array<{ direction: Direction, reversed: number[], flow: Edge[], rough: number }> = []
  for (let mask = 0; mask < subsets; mask++) {
    const reversed = new Set(onCycles.filter((_, bit) => mask & (1 << bit)))
    if (onCycles.length <= SEARCH_LIMIT && !cycles.every(c => ring(c, reversed)))
      continue
    const flow = edges.map((e, i) => reversed.has(i)
      ? { ...e, from: e.to, to: e.from }
      : e)
    const rank = ranks(arch.nodes.length, flow)
    if (!rank)
      continue
    for (const direction of directions) {
      candidates.push({
        direction,
        reversed: [...reversed],
        flow,
        rough: fit(estimate(sizes, rank, flow, direction, groups)),
      })
    }
  }
  if (!candidates.length) {
    // Too many cycles to search: leave them to Mermaid.
    const direction = directions[0]!
    return {
      direction,
      reversed: [],
      size: dagreSize(arch, sizes, edges, direction, []),
    }
  }
  // From the fewest arrows drawn back up: the most promising few laid out with dagre,
  // until labels reach the size wanted; else the largest labels seen.
  const byReversals = new Map<number, typeof candidates>()
  for (const c of candidates) {
    byReversals.set(c.reversed.length, [
      ...byReversals.get(c.reversed.length) ?? [],
      c,
    ])
  }
  let pick: LayoutPlan & { scale: number } | undefined
  for (const [, group] of [...byReversals].sort(([a], [b]) => a - b)) {
    const laid = group
      .sort((a, b) => b.rough - a.rough)
      .slice(0, SHORTLIST)
      .map((c) => {
        const size = dagreSize(arch, sizes, c.flow, c.direction, c.reversed)
        return {
          direction: c.direction,
          reversed: c.reversed,
          size,
          scale: fit(size),
        }
      })
    const largest = laid.reduce((a, b) => b.scale > a.scale
      ? b
      : a)
    if (!pick || largest.scale > pick.scale)
      pick = largest
    if (labelPx(largest.size, area, screenScale) >= minPx)
      break
  }
  const { scale: _scale, ...plan } = pick!
  return plan
}

/** Screen pixels of a label drawn at `size` fitted into `area` (canvas pixels, scaled to the screen by `screenScale`). */
export function labelPx(size: Size, area: Size, screenScale: number): number {
  return DIAGRAM.fontPx * Math.min(area.width / size.width, area.height / size.height) * screenScale
}
