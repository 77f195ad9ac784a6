import type { Issue, PathSegment } from './errors.ts'
import type { Dataset } from './schema.ts'

// Advice beyond validity: what a careful reviewer of a comparison would flag.

export interface Finding extends Issue {
  level: 'error' | 'warning'
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000

export interface LintOptions {
  /** Every claim cites a source where it stands: what the shipped decks promise. */
  strict?: boolean
}

/** Every source id cited anywhere in the dataset. */
function citedIds(value: unknown, top = true): string[] {
  if (Array.isArray(value))
    return value.flatMap(v => citedIds(v, false))
  if (typeof value !== 'object' || value === null)
    return []
  return Object.entries(value).flatMap(([key, child]) => key === 'sources' && !top
    ? (child as string[])
    : citedIds(child, false))
}

export function lintDataset(data: Dataset, today: Date, options: LintOptions = {}): Finding[] {
  const findings: Finding[] = []
  const sources = data.sources ?? []
  const cited = new Set(citedIds(data))
  data.aspects.forEach((aspect, i) => {
    if (!aspect.sources?.length) {
      findings.push({
        level: options.strict ? 'error' : 'warning',
        path: ['aspects', i, 'id'],
        message: `aspect "${aspect.id}" cites no source`,
      })
    }
  })
  if (options.strict)
    findings.push(...uncitedClaims(data))
  const urls = new Map<string, number>()
  sources.forEach((source, i) => {
    if (!cited.has(source.id)) {
      findings.push({
        level: 'error',
        path: ['sources', i, 'id'],
        message: `source "${source.id}" is never cited`,
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

const HAS_NUMBER = /\d/

/**
 * Strict mode: every claim-bearing item names its own sources (a slide shows
 * the numbers beside it), and no number stands where nothing can cite it.
 * An aspect's own sources back its title and cells; a subject's its tagline,
 * summary and releases; the deck's title, subtitle, author and event are the
 * speaker's, not claims.
 */
export function uncitedClaims(data: Dataset): Finding[] {
  const findings: Finding[] = []
  const need = (sources: readonly string[] | undefined, path: PathSegment[], what: string) => {
    if (!sources?.length)
      findings.push({ level: 'error', path, message: `${what} cites no source` })
  }
  data.subjects.forEach((subject, i) => {
    const at: PathSegment[] = ['subjects', i]
    need(subject.sources, [...at, 'id'], `subject "${subject.id}" (its tagline${subject.summary ? ', summary' : ''}${subject.releases ? ', releases' : ''})`)
    for (const list of ['pros', 'cons', 'bestFor'] as const) {
      subject[list]?.forEach((item, j) => need(item.sources, [...at, list, j, 'title'], `${list} item "${item.title}"`))
    }
    if (subject.architecture)
      need(subject.architecture.sources, [...at, 'architecture', 'title'], `architecture "${subject.architecture.title}"`)
  })
  data.aspects.forEach((aspect, i) => {
    for (const [subject, claims] of Object.entries(aspect.details ?? {})) {
      claims.forEach((claim, j) => {
        if (typeof claim === 'string' || !claim.sources?.length) {
          findings.push({
            level: 'error',
            path: ['aspects', i, 'details', subject, j],
            message: `detail "${typeof claim === 'string'
              ? claim
              : claim.text}" cites no source (write it as { text, sources })`,
          })
        }
      })
    }
  })
  data.examples?.forEach((example, i) => need(example.sources, ['examples', i, 'id'], `example "${example.id}"`))
  data.verdict?.points?.forEach((point, i) => {
    if (typeof point === 'string' || !point.sources?.length) {
      findings.push({
        level: 'error',
        path: ['verdict', 'points', i],
        message: `verdict point "${typeof point === 'string'
          ? point
          : point.text}" cites no source (write it as { text, sources })`,
      })
    }
  })
  const uncitable = (text: string | undefined, path: PathSegment[]) => {
    if (text && HAS_NUMBER.test(text)) {
      findings.push({
        level: 'error',
        path,
        message: `"${text}" states a number where nothing can cite it: move it to a cited claim, or word it without the number`,
      })
    }
  }
  uncitable(data.verdict?.summary, ['verdict', 'summary'])
  data.scenarios?.forEach((scenario, i) => uncitable(scenario.title, ['scenarios', i, 'title']))
  return findings
}

/** Whether the dataset keeps the strict promise: every aspect and every claim cites a source. */
export function everyClaimCited(data: Dataset): boolean {
  return data.aspects.every(a => a.sources?.length) && uncitedClaims(data).length === 0
}
