import type { LintOptions } from '../../scripts/dataset/lint.ts'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintDataset } from '../../scripts/dataset/lint.ts'
import { parseDataset } from '../../scripts/dataset/load.ts'
import { ROOT, runVersus } from '../support/versus.ts'

// Every check of source ages runs on this clock, never on the machine's.
const TODAY = '2026-11-24'

const YAML = `title: T
subjects:
  - { id: a, name: A, tagline: t }
  - { id: b, name: B, tagline: t }
aspects:
  - id: cited
    title: Cited
    cells: { a: x, b: y }
    sources: [fresh, stale]
  - id: bare
    title: Bare
    cells: { a: x, b: y }
sources:
  - { id: fresh, title: F, url: "https://example.com/a", checked: 2026-10-01 }
  - { id: stale, title: S, url: "https://example.com/b", checked: 2024-01-01 }
  - { id: unused, title: U, url: "https://example.com/c", checked: 2026-10-01 }
  - { id: twin, title: T, url: "https://example.com/a/", checked: 2026-10-01 }
`

function lint(yaml: string, options: LintOptions = {}) {
  const loaded = parseDataset(yaml, 'x.yaml')
  if (!loaded.ok)
    throw new Error('fixture invalid')
  return lintDataset(loaded.dataset, new Date(TODAY), options).map(f => `${f.level}: ${f.path.join('.')}: ${f.message}`)
}

describe('lintDataset', () => {
  it('warns about uncited aspects and stale sources, errors on unused and duplicate sources', () => {
    expect(lint(YAML)).toEqual([
      'warning: aspects.1.id: aspect "bare" cites no source',
      'warning: sources.1.checked: last checked 2024-01-01, over a year ago',
      'error: sources.2.id: source "unused" is never cited',
      'error: sources.3.id: source "twin" is never cited',
      'error: sources.3.url: same URL as sources[0] ("fresh")',
    ])
  })

  it('counts a source as cited wherever it is cited, not only by aspects', () => {
    const cited = YAML.replace('    cells: { a: x, b: y }\nsources:', '    cells: { a: x, b: y }\nverdict:\n  points: [ { text: p, sources: [unused] } ]\nsources:')
    expect(lint(cited)).not.toContain('error: sources.2.id: source "unused" is never cited')
  })

  it('strict: every claim-bearing item cites where it stands, and no number stands where nothing can cite it', async () => {
    const yaml = await readFile(join(ROOT, 'test/fixtures/lint/uncited.yaml'), 'utf8')
    expect(lint(yaml)).toEqual([
      'warning: aspects.1.id: aspect "bare" cites no source',
    ])
    expect(lint(yaml, { strict: true })).toEqual([
      'error: aspects.1.id: aspect "bare" cites no source',
      'error: subjects.0.id: subject "a" (its tagline, summary, releases) cites no source',
      'error: subjects.0.pros.1.title: pros item "Small" cites no source',
      'error: subjects.0.architecture.title: architecture "Model" cites no source',
      'error: aspects.0.details.a.0: detail "plain text" cites no source (write it as { text, sources })',
      'error: aspects.0.details.a.2: detail "cites nothing" cites no source (write it as { text, sources })',
      'error: examples.0.id: example "hello" cites no source',
      'error: verdict.points.0: verdict point "A for speed" cites no source (write it as { text, sources })',
      'error: verdict.summary: "A wins 3 times" states a number where nothing can cite it: move it to a cited claim, or word it without the number',
      'error: scenarios.0.title: "Top 10 sites" states a number where nothing can cite it: move it to a cited claim, or word it without the number',
    ])
  })

  it('is quiet on the shipped datasets, strict mode included', async () => {
    const { code, stdout } = await runVersus([
      'lint',
      '--strict',
      '--today',
      TODAY,
    ], ROOT)
    expect(code).toBe(0)
    expect(stdout).toMatch(/\d+ dataset\(s\): 0 error\(s\), 0 warning\(s\)\./)
  })

  it('exits 1 with file:line:col for each error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'versus-lint-'))
    const file = join(dir, 'x.yaml')
    await writeFile(file, YAML)
    const failed = await runVersus([
      'lint',
      file,
      '--today',
      TODAY,
    ], ROOT)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain(`${file}:16:11: sources[2].id: error: source "unused" is never cited`)
    expect(failed.stderr).toContain(`${file}:15:67: sources[1].checked: warning: last checked 2024-01-01, over a year ago`)
    await rm(dir, { recursive: true, force: true })
  })

  it('judges ages by --today, and refuses a --today that is not a date', async () => {
    const later = await runVersus([
      'lint',
      'data/node-vs-django.yaml',
      '--today',
      '2031-01-01',
    ], ROOT)
    expect(later.code).toBe(0)
    expect(later.stderr).toMatch(/warning: last checked \d{4}-\d{2}-\d{2}, over a year ago/)
    const bad = await runVersus([
      'lint',
      '--today',
      'soon',
    ], ROOT)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--today must be a date')
  })
})
