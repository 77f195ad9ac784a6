import type { Issue } from './errors.ts'
import type { Dataset } from './schema.ts'

// Advice beyond validity: what a careful reviewer of a comparison would flag.

export interface Finding extends Issue {
  level: 'error' | 'warning'
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000

export function lintDataset(data: Dataset, today: Date): Finding[] {
  const findings: Finding[] = []
  const sources = data.sources ?? []
  const cited = new Set(data.aspects.flatMap(a => a.sources ?? []))
  data.aspects.forEach((aspect, i) => {
    if (!aspect.sources?.length) {
      findings.push({
        level: 'warning',
        path: ['aspects', i, 'id'],
        message: `aspect "${aspect.id}" cites no source`,
      })
    }
  })
  const urls = new Map<string, number>()
  sources.forEach((source, i) => {
    if (!cited.has(source.id)) {
      findings.push({
        level: 'error',
        path: ['sources', i, 'id'],
        message: `source "${source.id}" is never cited by an aspect`,
      })
    }
    const url = source.url.replace(/\/+$/, '')
    const first = urls.get(url)
    if (first !== undefined) {
      findings.push({
        level: 'error',
        path: ['sources', i, 'url'],
        message: `same URL as sources[${first}] ("${sources[first]!.id}")`,
      })
    }
    else {
      urls.set(url, i)
    }
    if (source.checked && today.getTime() - new Date(source.checked).getTime() > YEAR_MS) {
      findings.push({
        level: 'warning',
        path: ['sources', i, 'checked'],
        message: `last checked ${source.checked}, over a year ago`,
      })
    }
    if (!source.checked) {
      findings.push({
        level: 'warning',
        path: ['sources', i, 'id'],
        message: `source "${source.id}" has no checked date`,
      })
    }
  })
  return findings
}
