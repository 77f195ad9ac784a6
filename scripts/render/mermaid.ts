import type { Architecture } from '../dataset/schema.ts'
import type { LayoutPlan } from './diagram-layout.ts'

/**
 * Mermaid label text: every character that could mean something to Mermaid's
 * grammar (quotes, brackets, `%%`, `#`, keywords are harmless inside quotes)
 * becomes a `#code;` entity, which Mermaid turns back into the character.
 */
export function mermaidLabel(text: string): string {
  const escaped = [
    ...text.replace(/\s+/g, ' ').trim(),
  ]
    .map(ch => /[\p{L}\p{N} ]/u.test(ch)
      ? ch
      : `#${ch.codePointAt(0)};`)
    .join('')
  return `"${escaped}"`
}

// Dataset ids may be Mermaid keywords (`end`, `graph`, `click`): prefix them.
const nodeRef = (id: string) => `n_${id}`
const groupRef = (id: string) => `g_${id}`

/**
 * A flowchart for one subject's architecture, coloured with the subject's
 * colour, laid out as `plan` says: edges it reverses are written
 * `to <--> from` with the end marker hidden, so they rank `to` first and
 * still point at it (render/diagram-layout.ts).
 */
export function architectureFlowchart(arch: Architecture, color: string, plan: Pick<LayoutPlan, 'direction' | 'reversed'> = { direction: arch.direction ?? 'TB', reversed: [] }): string {
  const lines = [`flowchart ${plan.direction}`]
  const node = (n: Architecture['nodes'][number], indent: string) => `${indent}${nodeRef(n.id)}[${mermaidLabel(n.label)}]`
  for (const group of arch.groups ?? []) {
    lines.push(`  subgraph ${groupRef(group.id)}[${mermaidLabel(group.label)}]`)
    lines.push(...arch.nodes.filter(n => n.group === group.id).map(n => node(n, '    ')))
    lines.push('  end')
  }
  lines.push(...arch.nodes.filter(n => !n.group).map(n => node(n, '  ')))
  const reversed = new Set(plan.reversed)
  ;(arch.edges ?? []).forEach((edge, i) => {
    const label = edge.label
      ? `|${mermaidLabel(edge.label)}|`
      : ''
    lines.push(reversed.has(i)
      ? `  ${nodeRef(edge.to)} <-->${label} ${nodeRef(edge.from)}`
      : `  ${nodeRef(edge.from)} -->${label} ${nodeRef(edge.to)}`)
  })
  if (reversed.size)
    lines.push(`  linkStyle ${[...reversed].sort((a, b) => a - b).join(',')} marker-end:none`)
  lines.push(`  classDef subject fill:${color}26,stroke:${color},stroke-width:2px`)
  lines.push(`  class ${arch.nodes.map(n => nodeRef(n.id)).join(',')} subject`)
  if (arch.groups?.length) {
    lines.push(`  classDef area fill:transparent,stroke:${color},stroke-dasharray:6 4`)
    lines.push(`  class ${arch.groups.map(g => groupRef(g.id)).join(',')} area`)
  }
  return lines.join('\n')
}
