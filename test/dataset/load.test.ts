import type { LoadResult } from '../../scripts/dataset/load.ts'
import { Buffer } from 'node:buffer'
import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatError } from '../../scripts/dataset/errors.ts'
import { loadDataset, MAX_DATASET_BYTES, parseDataset } from '../../scripts/dataset/load.ts'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const invalid = (name: string) => join(fixtures, 'invalid', name)
const valid = (name: string) => join(fixtures, 'valid', name)

/** The formatted error lines, exactly as the CLI prints them. */
function lines(result: LoadResult): string[] {
  if (result.ok)
    throw new Error('expected the dataset to be rejected, but it loaded')
  return result.errors.map(formatError)
}

/**
 * One fixture per rule of DATASET.md, with the exact `line:col: path: message`
 * it must produce (the file name is prepended by the test). Columns point at
 * the offending value, or at the key for unknown keys, or at the start of the
 * parent when something is missing.
 */
const RULES: { fixture: string, rule: string, errors: string[] }[] = [
  // cross references keyed by subject
  {
    fixture: 'unknown-subject-in-cells.yaml',
    rule: 'unknown subject id in cells',
    errors: ['15:7: aspects[0].cells.gamma: unknown subject "gamma" (subjects: alpha, beta)'],
  },
  {
    fixture: 'unknown-subject-in-details.yaml',
    rule: 'unknown subject id in details',
    errors: ['17:7: aspects[0].details.delta: unknown subject "delta" (subjects: alpha, beta)'],
  },
  {
    fixture: 'unknown-subject-in-scores.yaml',
    rule: 'unknown subject id in scores',
    errors: ['18:7: aspects[0].scores.alhpa: unknown subject "alhpa" (subjects: alpha, beta)'],
  },
  {
    fixture: 'subject-missing-from-cells.yaml',
    rule: 'subject missing from cells',
    errors: ['13:7: aspects[0].cells.beta: required (every subject needs a cell)'],
  },
  {
    fixture: 'subject-missing-from-scores.yaml',
    rule: 'subject missing from scores when the aspect has scores',
    errors: ['16:7: aspects[0].scores.alpha: required (every subject needs a score when the aspect has scores)'],
  },
  // duplicate ids
  {
    fixture: 'duplicate-subject-id.yaml',
    rule: 'duplicate subject id',
    errors: ['6:9: subjects[1].id: duplicate subject id "alpha"'],
  },
  {
    fixture: 'duplicate-aspect-id.yaml',
    rule: 'duplicate aspect id',
    errors: ['13:9: aspects[1].id: duplicate aspect id "speed"'],
  },
  {
    fixture: 'duplicate-node-id.yaml',
    rule: 'duplicate node id',
    errors: ['11:17: subjects[0].architecture.nodes[2].id: duplicate node id "a"'],
  },
  {
    fixture: 'duplicate-group-id.yaml',
    rule: 'duplicate group id',
    errors: ['10:17: subjects[0].architecture.groups[1].id: duplicate group id "box"'],
  },
  {
    fixture: 'duplicate-scenario-id.yaml',
    rule: 'duplicate scenario id',
    errors: ['17:9: scenarios[1].id: duplicate scenario id "web"'],
  },
  {
    fixture: 'duplicate-source-id.yaml',
    rule: 'duplicate source id',
    errors: ['15:11: sources[1].id: duplicate source id "docs"'],
  },
  // architecture references
  {
    fixture: 'edge-missing-node.yaml',
    rule: 'edge naming a missing node',
    errors: ['13:26: subjects[0].architecture.edges[1].to: unknown node "c" (nodes: a, b)'],
  },
  {
    fixture: 'node-missing-group.yaml',
    rule: 'node naming a missing group',
    errors: ['12:37: subjects[0].architecture.nodes[1].group: unknown group "bx" (groups: box)'],
  },
  // sources
  {
    fixture: 'undefined-source.yaml',
    rule: 'undefined source reference',
    errors: ['13:21: aspects[0].sources[1]: unknown source "blog" (define it under sources)'],
  },
  // scores and weights
  {
    fixture: 'score-zero.yaml',
    rule: 'score 0',
    errors: ['15:13: aspects[0].scores.beta: must be 1 to 5'],
  },
  {
    fixture: 'score-six.yaml',
    rule: 'score 6',
    errors: ['15:13: aspects[0].scores.beta: must be 1 to 5'],
  },
  {
    fixture: 'weight-four.yaml',
    rule: 'weight 4',
    errors: ['17:14: scenarios[0].weights.speed: must be 0 to 3'],
  },
  {
    fixture: 'weight-negative.yaml',
    rule: 'weight -1',
    errors: ['17:14: scenarios[0].weights.speed: must be 0 to 3'],
  },
  {
    fixture: 'weight-unknown-aspect.yaml',
    rule: 'weight naming an unknown aspect',
    errors: ['18:7: scenarios[0].weights.sped: unknown aspect "sped" (aspects: speed)'],
  },
  // types, empty strings, unknown keys
  {
    fixture: 'wrong-type.yaml',
    rule: 'wrong type',
    errors: ['4:11: subjects[0].name: expected string, got number'],
  },
  {
    fixture: 'empty-required-string.yaml',
    rule: 'empty (blank) required string',
    errors: ['5:14: subjects[0].tagline: must not be empty'],
  },
  {
    fixture: 'missing-required-field.yaml',
    rule: 'missing required field (reported where its parent starts)',
    errors: ['3:5: subjects[0].tagline: required'],
  },
  {
    fixture: 'unknown-key-at-top.yaml',
    rule: 'unknown key at the top level',
    errors: ['13:1: subtitel: unknown field "subtitel"'],
  },
  {
    fixture: 'unknown-string-key.yaml',
    rule: 'unknown key in strings',
    errors: ['16:3: strings.verdictTitel: unknown field "verdictTitel"'],
  },
  {
    fixture: 'bad-locale.yaml',
    rule: 'locale that is not a BCP 47 tag',
    errors: ['13:9: locale: must be a BCP 47 language tag, such as en, de or ja-JP'],
  },
  {
    fixture: 'unknown-key-in-subject.yaml',
    rule: 'unknown key in a subject',
    errors: ['6:5: subjects[0].colour: unknown field "colour"'],
  },
  {
    fixture: 'unknown-key-in-aspect.yaml',
    rule: 'unknown key in an aspect',
    errors: ['13:5: aspects[0].note: unknown field "note"'],
  },
  {
    fixture: 'unknown-key-in-node.yaml',
    rule: 'unknown key in an architecture node',
    errors: ['11:11: subjects[0].architecture.nodes[0].shape: unknown field "shape"'],
  },
  {
    fixture: 'unknown-key.json',
    rule: 'unknown key and unknown subject in a JSON file',
    errors: [
      '5:55: subjects[1].tagLine: unknown field "tagLine"',
      '8:84: aspects[0].cells.gamma: unknown subject "gamma" (subjects: alpha, beta)',
    ],
  },
  // counts and formats
  {
    fixture: 'too-few-subjects.yaml',
    rule: 'fewer than 2 subjects',
    errors: ['3:3: subjects: needs 2 to 4 subjects'],
  },
  {
    fixture: 'too-many-subjects.yaml',
    rule: 'more than 4 subjects',
    errors: ['3:3: subjects: needs 2 to 4 subjects'],
  },
  {
    fixture: 'non-http-url.yaml',
    rule: 'URL that is not http(s)',
    errors: [
      '6:15: subjects[0].homepage: must be an http(s) URL',
      '15:35: sources[0].url: must be an http(s) URL',
    ],
  },
  {
    fixture: 'colour-not-hex.yaml',
    rule: 'colour that is not hex',
    errors: ['6:12: subjects[0].color: must be a hex colour: #rgb or #rrggbb'],
  },
  {
    fixture: 'bad-checked-date.yaml',
    rule: 'checked that is not a date',
    errors: [
      '14:67: sources[0].checked: must be a date: YYYY-MM-DD',
      '15:72: sources[1].checked: must be a date: YYYY-MM-DD',
    ],
  },
  // the file itself
  {
    fixture: 'yaml-syntax-error.yaml',
    rule: 'YAML syntax error',
    errors: ['6:1: Missing closing "quote'],
  },
  {
    fixture: 'duplicate-yaml-key.yaml',
    rule: 'duplicate YAML key',
    errors: ['5:5: Map keys must be unique'],
  },
  {
    fixture: 'empty.yaml',
    rule: 'empty file',
    errors: ['1:1: the file is empty: a dataset needs at least title, subjects and aspects'],
  },
]

/** Non-integer scores and weights are reported at their value with the schema's own message. */
const NON_INTEGER = [
  { fixture: 'score-fraction.yaml', rule: 'score 2.5', where: '15:13: aspects[0].scores.beta: ' },
  { fixture: 'weight-fraction.yaml', rule: 'weight 1.5', where: '17:14: scenarios[0].weights.speed: ' },
]

describe('loadDataset: one fixture per rule, exact file:line:col: path: message', () => {
  it.each(RULES)('$rule ($fixture)', async ({ fixture, errors }) => {
    const file = invalid(fixture)
    expect(lines(await loadDataset(file))).toEqual(errors.map(e => `${file}:${e}`))
  })

  it('has a test for every invalid fixture on disk', async () => {
    const tested = new Set([
      ...RULES.map(r => r.fixture),
      ...NON_INTEGER.map(r => r.fixture),
      'several-errors.yaml',
    ])
    expect((await readdir(join(fixtures, 'invalid'))).filter(f => !tested.has(f))).toEqual([])
  })
})

describe('loadDataset: non-integer scores and weights', () => {
  it.each(NON_INTEGER)('$rule is rejected at file:line:col: path ($fixture)', async ({ fixture, where }) => {
    const file = invalid(fixture)
    const errors = lines(await loadDataset(file))
    expect(errors).toHaveLength(1)
    expect(errors[0]?.startsWith(`${file}:${where}`)).toBe(true)
    expect(errors[0]!.length).toBeGreaterThan(`${file}:${where}`.length)
  })

  // The schema's own message, not zod's generic "expected int".
  it.each(NON_INTEGER)('$rule says "must be a whole number" ($fixture)', async ({ fixture, where }) => {
    const file = invalid(fixture)
    expect(lines(await loadDataset(file))).toEqual([`${file}:${where}must be a whole number`])
  })
})

describe('loadDataset: several errors', () => {
  it('reports every error of a file in one run, sorted by line', async () => {
    const file = invalid('several-errors.yaml')
    expect(lines(await loadDataset(file))).toEqual([
      '1:8: title: must not be empty',
      '6:12: subjects[0].color: must be a hex colour: #rgb or #rrggbb',
      '14:7: aspects[0].cells.beta: required (every subject needs a cell)',
      '15:7: aspects[0].cells.gamma: unknown subject "gamma" (subjects: alpha, beta)',
      '16:22: aspects[0].scores.alpha: must be 1 to 5',
      '17:15: aspects[0].sources[0]: unknown source "nowhere" (define it under sources)',
      '21:26: scenarios[0].weights.nope: unknown aspect "nope" (aspects: speed)',
      '22:1: unknown: unknown field "unknown"',
    ].map(e => `${file}:${e}`))
  })

  it('sorts errors on the same line by column', () => {
    const text = 'title: ""\nsubjects: [{ id: A, name: "", tagline: 1 }, { id: b, name: B, tagline: T }]\naspects: [{ id: x, title: X, cells: { A: a, b: b } }]\n'
    expect(lines(parseDataset(text, 'inline.yaml'))).toEqual([
      'inline.yaml:1:8: title: must not be empty',
      'inline.yaml:2:18: subjects[0].id: must be a slug: lowercase letters, digits and -, starting with a letter',
      'inline.yaml:2:27: subjects[0].name: must not be empty',
      'inline.yaml:2:40: subjects[0].tagline: expected string, got number',
    ])
  })
})

describe('loadDataset: valid input', () => {
  it('loads the minimal fixture as written, with nothing added', async () => {
    const result = await loadDataset(valid('minimal.yaml'))
    expect(result).toEqual({
      ok: true,
      dataset: {
        title: 'Minimal',
        subjects: [
          { id: 'alpha', name: 'Alpha', tagline: 'The first one' },
          { id: 'beta', name: 'Beta', tagline: 'The second one' },
        ],
        aspects: [
          {
            id: 'speed',
            title: 'Speed',
            cells: { alpha: 'Fast', beta: 'Slow' },
          },
        ],
      },
    })
  })

  it('accepts JSON input', async () => {
    const result = await loadDataset(valid('four.json'))
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(result.dataset.subjects.map(s => s.id)).toEqual(['pg', 'mysql', 'mongo', 'redis'])
  })

  it.each(['full-3.yaml', 'hostile.yaml'])('loads %s', async (name) => {
    const result = await loadDataset(valid(name))
    expect(result.ok
      ? []
      : result.errors.map(formatError)).toEqual([])
  })

  it('keeps an unquoted date as the string it was written as', async () => {
    const result = await loadDataset(valid('full-3.yaml'))
    expect(result.ok && result.dataset.sources?.[0]?.checked).toBe('2026-01-15')
  })
})

describe('loadDataset: the file itself', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'versus-load-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reports a missing file', async () => {
    const file = join(dir, 'nope.yaml')
    expect(lines(await loadDataset(file))).toEqual([`${file}:1:1: no such file`])
  })

  it('reports a directory', async () => {
    const sub = join(dir, 'a-directory.yaml')
    await mkdir(sub)
    expect(lines(await loadDataset(sub))).toEqual([`${sub}:1:1: is a directory, not a dataset file`])
  })

  it('reports a binary file', async () => {
    const file = join(dir, 'binary.yaml')
    await writeFile(file, Buffer.from([
      0x74,
      0x69,
      0x74,
      0x6C,
      0x65,
      0x3A,
      0x20,
      0x00,
      0x01,
      0x02,
    ]))
    expect(lines(await loadDataset(file))).toEqual([`${file}:1:1: is a binary file, not YAML or JSON text`])
  })

  it('reports invalid UTF-8', async () => {
    const file = join(dir, 'latin1.yaml')
    await writeFile(file, Buffer.from('title: caf\xE9\n', 'latin1'))
    expect(lines(await loadDataset(file))).toEqual([`${file}:1:1: is not valid UTF-8 text`])
  })

  it('refuses a file over MAX_DATASET_BYTES by its size, before reading it', async () => {
    const file = join(dir, 'huge.yaml')
    // A sparse file: all zero bytes. Had it been read, it would be reported as binary.
    const handle = await open(file, 'w')
    await handle.truncate(MAX_DATASET_BYTES + 1)
    await handle.close()
    expect(lines(await loadDataset(file))).toEqual([`${file}:1:1: is 16.0 MB; a dataset may be at most 16 MB`])
  })

  it('accepts a file of exactly MAX_DATASET_BYTES (the limit is inclusive)', async () => {
    const file = join(dir, 'at-limit.yaml')
    const minimal = await readFile(valid('minimal.yaml'), 'utf8')
    const padding = `# ${'x'.repeat(MAX_DATASET_BYTES - Buffer.byteLength(minimal) - 3)}\n`
    await writeFile(file, minimal + padding)
    const result = await loadDataset(file)
    expect(result.ok).toBe(true)
  })

  it('accepts a UTF-8 byte order mark', async () => {
    const file = join(dir, 'bom.yaml')
    await writeFile(file, `\uFEFF${await readFile(valid('minimal.yaml'), 'utf8')}`)
    expect((await loadDataset(file)).ok).toBe(true)
  })
})

describe('parseDataset', () => {
  it('names the file it is given, not a path it read', () => {
    expect(lines(parseDataset('[1, 2]', 'given-name.json'))).toEqual(['given-name.json:1:1: expected object, got array'])
  })

  it('treats a file holding only a comment as empty', () => {
    expect(lines(parseDataset('# nothing here\n', 'c.yaml'))).toEqual(['c.yaml:1:1: the file is empty: a dataset needs at least title, subjects and aspects'])
  })

  it('rejects several YAML documents in one file', () => {
    expect(lines(parseDataset('title: a\n---\ntitle: b\n', 'm.yaml'))).toEqual(['m.yaml:2:1: Source contains multiple documents; please use YAML.parseAllDocuments()'])
  })

  it('rejects version 2', () => {
    const text = 'version: 2\ntitle: T\nsubjects: [{ id: a, name: A, tagline: x }, { id: b, name: B, tagline: y }]\naspects: [{ id: s, title: S, cells: { a: "1", b: "2" } }]\n'
    expect(lines(parseDataset(text, 'v.yaml'))).toEqual(['v.yaml:1:10: version: must be 1 (the only version of the format)'])
  })

  // doc.toJS throws on an alias bomb; the loader must turn that into an error.
  it('reports an alias bomb as an error instead of throwing', () => {
    const text = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n'
    const result = parseDataset(text, 'bomb.yaml')
    expect(result.ok).toBe(false)
  })
})
