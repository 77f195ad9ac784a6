import type { Issue, PathSegment } from './errors.ts'
import { bundledLanguagesInfo } from 'shiki/langs'
import { accentShades, BACKGROUND, contrast, MIN_CONTRAST } from '../color.ts'

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

/** Shiki's language ids and aliases: what an example's code may be highlighted as. */
const LANGUAGES: ReadonlySet<string> = new Set(bundledLanguagesInfo.flatMap(l => [
  l.id,
  ...l.aliases ?? [],
]))

// Rules that relate one part of a dataset to another. They read the raw
// parsed value defensively, so that a file with both a typo and a dangling
// reference gets both reported in a single run.

type Obj = Record<string, unknown>

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
function list(v: unknown): unknown[] {
  return Array.isArray(v)
    ? v
    : []
}
function idOf(v: unknown): string | undefined {
  return isObj(v) && typeof v.id === 'string'
    ? v.id
    : undefined
}

function ids(items: unknown[]): Set<string> {
  return new Set(items.map(idOf).filter((id): id is string => id !== undefined))
}

function duplicates(items: unknown[], path: PathSegment[], what: string): Issue[] {
  const seen = new Set<string>()
  const issues: Issue[] = []
  items.forEach((item, i) => {
    const id = idOf(item)
    if (id === undefined)
      return
    if (seen.has(id)) {
      issues.push({
        path: [...path, i, 'id'],
        message: `duplicate ${what} id "${id}"`,
      })
    }
    seen.add(id)
  })
  return issues
}

function known(names: Set<string>) {
  return names.size
    ? [...names].join(', ')
    : 'none'
}

function keyedBySubject(value: unknown, path: PathSegment[], subjects: Set<string>, field: string, required: boolean): Issue[] {
  if (!isObj(value))
    return []
  const issues: Issue[] = Object.keys(value)
    .filter(key => !subjects.has(key))
    .map(key => ({
      path: [...path, key],
      message: `unknown subject "${key}" (subjects: ${known(subjects)})`,
      atKey: true,
    }))
  if (required) {
    for (const id of subjects) {
      if (!Object.hasOwn(value, id)) {
        issues.push({
          path: [...path, id],
          message: `required (every subject needs ${field})`,
        })
      }
    }
  }
  return issues
}

function architectureRules(arch: unknown, path: PathSegment[]): Issue[] {
  if (!isObj(arch))
    return []
  const nodes = list(arch.nodes)
  const groups = list(arch.groups)
  const nodeIds = ids(nodes)
  const groupIds = ids(groups)
  const issues = [
    ...duplicates(nodes, [...path, 'nodes'], 'node'),
    ...duplicates(groups, [...path, 'groups'], 'group'),
  ]
  nodes.forEach((node, i) => {
    if (isObj(node) && typeof node.group === 'string' && !groupIds.has(node.group)) {
      issues.push({
        path: [...path, 'nodes', i, 'group'],
        message: `unknown group "${node.group}" (groups: ${known(groupIds)})`,
      })
    }
  })
  list(arch.edges).forEach((edge, i) => {
    for (const end of ['from', 'to'] as const) {
      const target = isObj(edge)
        ? edge[end]
        : undefined
      if (typeof target === 'string' && !nodeIds.has(target)) {
        issues.push({
          path: [...path, 'edges', i, end],
          message: `unknown node "${target}" (nodes: ${known(nodeIds)})`,
        })
      }
    }
  })
  return issues
}

/** Every `sources` list anywhere but the top level names defined sources. */
function sourceReferences(value: unknown, path: PathSegment[], sourceIds: Set<string>): Issue[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => sourceReferences(item, [...path, i], sourceIds))
  if (!isObj(value))
    return []
  return Object.entries(value).flatMap(([key, child]) => key === 'sources' && path.length > 0
    ? list(child).flatMap((ref, j) => typeof ref === 'string' && !sourceIds.has(ref)
        ? [
            {
              path: [...path, key, j],
              message: `unknown source "${ref}" (define it under sources)`,
            },
          ]
        : [])
    : sourceReferences(child, [...path, key], sourceIds))
}

function releaseRules(releases: unknown, path: PathSegment[]): Issue[] {
  return list(releases).flatMap((release, i) => isObj(release) && typeof release.released === 'string' && typeof release.supportEnds === 'string' && release.supportEnds < release.released
    ? [
        {
          path: [...path, i, 'supportEnds'],
          message: `must not be before released (${release.released})`,
        },
      ]
    : [])
}

function exampleRules(example: unknown, path: PathSegment[], subjects: Set<string>, languages: ReadonlySet<string>): Issue[] {
  if (!isObj(example) || !isObj(example.code))
    return []
  const issues = keyedBySubject(example.code, [...path, 'code'], subjects, 'code', false)
  if (Object.keys(example.code).filter(id => subjects.has(id)).length < 2) {
    issues.push({
      path: [...path, 'code'],
      message: 'needs code for at least two subjects',
      atKey: true,
    })
  }
  for (const [id, code] of Object.entries(example.code)) {
    if (isObj(code) && typeof code.language === 'string' && !languages.has(code.language)) {
      issues.push({
        path: [...path, 'code', id, 'language'],
        message: `unknown language "${code.language}" (a Shiki language id, such as ts, python, go)`,
      })
    }
  }
  return issues
}

/** A brand accent is text colour on both backgrounds, so it must keep text contrast on both. */
function brandRules(brand: unknown): Issue[] {
  if (!isObj(brand) || typeof brand.accent !== 'string' || !HEX.test(brand.accent))
    return []
  const shades = accentShades(brand.accent)
  return (['light', 'dark'] as const).flatMap((mode) => {
    const ratio = contrast(shades[mode], BACKGROUND[mode])
    return ratio >= MIN_CONTRAST
      ? []
      : [
          {
            path: ['brand', 'accent'],
            message: `text in ${brand.accent} has ${ratio.toFixed(1)}:1 contrast on the ${mode} background (${BACKGROUND[mode]}${mode === 'dark'
              ? `, drawn as ${shades.dark}`
              : ''}); at least ${MIN_CONTRAST}:1 is needed: pick a ${mode === 'light'
              ? 'darker'
              : 'lighter'} colour`,
          },
        ]
  })
}

export function checkReferences(data: unknown): Issue[] {
  if (!isObj(data))
    return []
  const subjects = list(data.subjects)
  const aspects = list(data.aspects)
  const scenarios = list(data.scenarios)
  const sources = list(data.sources)
  const examples = list(data.examples)
  const subjectIds = ids(subjects)
  const aspectIds = ids(aspects)
  const sourceIds = ids(sources)

  const issues: Issue[] = [
    ...duplicates(subjects, ['subjects'], 'subject'),
    ...duplicates(aspects, ['aspects'], 'aspect'),
    ...duplicates(scenarios, ['scenarios'], 'scenario'),
    ...duplicates(sources, ['sources'], 'source'),
    ...duplicates(examples, ['examples'], 'example'),
    ...sourceReferences(data, [], sourceIds),
    ...brandRules(data.brand),
  ]

  subjects.forEach((subject, i) => {
    if (isObj(subject)) {
      issues.push(
        ...architectureRules(subject.architecture, ['subjects', i, 'architecture']),
        ...releaseRules(subject.releases, ['subjects', i, 'releases']),
      )
    }
  })
  examples.forEach((example, i) => issues.push(...exampleRules(example, ['examples', i], subjectIds, LANGUAGES)))

  aspects.forEach((aspect, i) => {
    if (!isObj(aspect))
      return
    const at = (field: string): PathSegment[] => ['aspects', i, field]
    issues.push(
      ...keyedBySubject(aspect.cells, at('cells'), subjectIds, 'a cell', true),
      ...keyedBySubject(aspect.details, at('details'), subjectIds, 'details', false),
      ...keyedBySubject(aspect.scores, at('scores'), subjectIds, 'a score when the aspect has scores', true),
    )
  })

  scenarios.forEach((scenario, i) => {
    if (!isObj(scenario) || !isObj(scenario.weights))
      return
    for (const key of Object.keys(scenario.weights)) {
      if (!aspectIds.has(key)) {
        issues.push({
          path: ['scenarios', i, 'weights', key],
          message: `unknown aspect "${key}" (aspects: ${known(aspectIds)})`,
          atKey: true,
        })
      }
    }
  })

  return issues
}
