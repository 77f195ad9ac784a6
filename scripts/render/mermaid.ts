import type { Architecture } from '../dataset/schema.ts'

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

/** A flowchart for one subject's architecture, coloured with the subject's colour. */
export function architectureFlowchart(arch: Architecture, color: string): string {
  const lines = [`flowchart ${arch.direction ?? 'TB'}`]
  const node = (n: Architecture['nodes'][number], indent: string) => `${indent}${nodeRef(n.id)}[${mermaidLabel(n.label)}]`
  for (const group of arch.groups ?? []) {
    lines.push(`  subgraph ${groupRef(group.id)}[${mermaidLabel(group.label)}]`)
    lines.push(...arch.nodes.filter(n => n.group === group.id).map(n => node(n, '    ')))
    lines.push('  end')
  }
  lines.push(...arch.nodes.filter(n => !n.group).map(n => node(n, '  ')))
  for (const edge of arch.edges ?? []) {
    const label = edge.label
      ? `|${mermaidLabel(edge.label)}|`
      : ''
    lines.push(`  ${nodeRef(edge.from)} -->${label} ${nodeRef(edge.to)}`)
  }
  lines.push(`  classDef subject fill:${color}26,stroke:${color},stroke-width:2px`)
  lines.push(`  class ${arch.nodes.map(n => nodeRef(n.id)).join(',')} subject`)
  if (arch.groups?.length) {
    lines.push(`  classDef area fill:transparent,stroke:${color},stroke-dasharray:6 4`)
    lines.push(`  class ${arch.groups.map(g => groupRef(g.id)).join(',')} area`)
  }
  return lines.join('\n')
}
