import type { Results } from '../bench/results.ts'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { baselineDeck } from '../bench/baseline.ts'
import { benchGeneration, ROOT } from '../bench/generation.ts'
import { plainProjectFiles } from '../bench/plain-project.ts'
import { figure, formatTable, SCHEMA, validateResults, writeResults } from '../bench/results.ts'
import { machineInfo, plan } from '../bench/run.ts'
import { median, percentile, spread } from '../bench/stats.ts'
import { syntheticDataset, syntheticYaml } from '../bench/synthetic.ts'
import { parseDataset } from '../scripts/dataset/load.ts'
import { renderDeck } from '../scripts/render/deck.ts'
import { slideView } from '../scripts/render/slide.ts'

// The benchmark's plumbing, not its timings: nothing here asserts how fast anything is.

describe('synthetic datasets', () => {
  it.each([
    [1, 2],
    [10, 3],
    [250, 3],
  ] as const)('%i aspects, %i subjects: a valid dataset of that size', (aspects, subjects) => {
    const loaded = parseDataset(syntheticYaml(aspects, { subjects }), 'synthetic.yaml')
    expect(loaded.ok
      ? []
      : loaded.errors).toEqual([])
    if (!loaded.ok)
      return
    expect(loaded.dataset.aspects).toHaveLength(aspects)
    expect(loaded.dataset.subjects).toHaveLength(subjects)
    for (const a of loaded.dataset.aspects) {
      expect(Object.keys(a.cells)).toHaveLength(subjects)
      expect(Object.keys(a.scores ?? {})).toHaveLength(subjects)
      expect(Object.values(a.details ?? {}).every(d => d.length > 0)).toBe(true)
    }
  })

  it('is deterministic', () => {
    expect(syntheticYaml(20)).toBe(syntheticYaml(20))
    expect(syntheticYaml(20, { seed: 1 })).not.toBe(syntheticYaml(20, { seed: 2 }))
  })
})

describe('baseline deck', () => {
  it('has the generated deck\'s slides, as plain markdown with the same Mermaid code', async () => {
    const data = syntheticDataset(12)
    const ours = await parse(renderDeck(data, { source: 'x.yaml', exportName: 'x' }), 'ours.md')
    const plain = baselineDeck(data)
    const base = await parse(plain, 'baseline.md')
    expect(base.slides).toHaveLength(ours.slides.length)
    expect(plain).not.toMatch(/^<[A-Z]/m)
    const diagrams = ours.slides.flatMap(s => ((slideView(s.frontmatter) as { diagrams?: { code: string }[] } | undefined)?.diagrams ?? []).map(d => d.code))
    expect(diagrams.length).toBeGreaterThan(0)
    for (const code of diagrams)
      expect(plain).toContain(`\`\`\`mermaid\n${code}\n\`\`\``)
  })
})

describe('statistics', () => {
  it('interpolates between closest ranks', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([1, 2, 3, 4])).toBe(2.5)
    expect(percentile([1, 2, 3, 4, 5], 95)).toBeCloseTo(4.8)
    expect(spread([5])).toEqual({ min: 5, q1: 5, q3: 5, max: 5 })
  })

  it('pairs runs with the baseline run by run', () => {
    const f = figure({
      id: 'x',
      name: 'x',
      unit: 's',
      samples: [2, 6, 4],
      baseline: [1, 2, 4],
      target: { on: 'ratio', max: 1.5 },
    })
    expect(f.ratio?.samples).toEqual([2, 3, 1])
    expect(f.ratio?.median).toBe(2)
    expect(f.met).toBe(false)
    expect(() => figure({
      id: 'y',
      name: 'y',
      unit: 's',
      samples: [1, 2],
      baseline: [1],
    })).toThrow(/runs/)
  })
})

describe('results file', () => {
  it('a tiny generation run writes a results file that passes the schema', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'versus-bench-test-'))
    try {
      const figures = await benchGeneration({
        sizes: [10],
        runs: () => 2,
        includeDefault: false,
      })
      expect(figures.map(f => f.id)).toEqual([
        'generation.render.10',
        'generation.generate.10',
        'generation.per-aspect.10',
      ])
      const results: Results = {
        schema: SCHEMA,
        date: new Date().toISOString(),
        quick: true,
        command: 'test',
        commit: null,
        durationSeconds: 1,
        machine: await machineInfo(),
        figures,
        skipped: [],
      }
      const file = join(dir, 'results', 'latest.json')
      await writeResults(file, results)
      const read = JSON.parse(await readFile(file, 'utf8')) as Results
      expect(validateResults(read)).toEqual([])
      expect(read.machine).toMatchObject({ chromium: null, node: process.version })
      expect(read.machine.cores).toBeGreaterThan(0)
      for (const f of read.figures) {
        expect(f).toMatchObject({ runs: 2, stat: 'median', met: null })
        expect(f.samples).toHaveLength(2)
        expect(f.spread.min).toBeLessThanOrEqual(f.median)
        expect(f.median).toBeLessThanOrEqual(f.spread.max)
        expect(f.value).toBe(f.median)
      }
      expect(formatTable(read).split('\n')).toHaveLength(2 + figures.length)
    }
    finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('the schema names what is wrong', () => {
    const good = figure({
      id: 'a',
      name: 'a',
      unit: 'ms',
      samples: [1, 2, 3],
      target: { on: 'value', max: 5 },
    })
    const results = {
      schema: SCHEMA,
      date: '2026-01-01T00:00:00Z',
      quick: false,
      command: 'x',
      commit: null,
      durationSeconds: 1,
      machine: {
        cpu: 'x',
        cores: 2,
        memoryGiB: 1,
        os: 'x',
        node: 'v24',
        chromium: null,
        slidev: '53',
        loadAverage: [],
      },
      figures: [good],
      skipped: [],
    }
    expect(validateResults(results)).toEqual([])
    expect(validateResults({ ...results, figures: [] })).toContain('figures: not a non-empty array')
    expect(validateResults({
      ...results,
      figures: [
        { ...good, met: null },
      ],
    })).toEqual([
      'figures[0].met: not a boolean although there is a target',
    ])
    expect(validateResults({
      ...results,
      figures: [
        { ...good, median: 99 },
      ],
    })).toEqual([
      'figures[0].median: outside min–max',
      'figures[0].value: not its median',
    ])
    expect(validateResults({
      ...results,
      figures: [good, good],
    })).toEqual(['figures[1].id: duplicate "a"'])
    expect(validateResults({
      ...results,
      figures: [
        {
          ...good,
          target: { on: 'ratio', max: 1 },
        },
      ],
    })).toEqual([
      'figures[0].target: a ratio target without a baseline',
    ])
    expect(validateResults({ ...results, baseline: 'a plain Slidev project' })).toEqual([])
    expect(validateResults({ ...results, baseline: 1 })).toEqual(['baseline: not a string'])
  })

  it('--quick plans fewer runs, skips 10,000 aspects, and still takes three samples of every ratio', () => {
    const quick = plan(true)
    const full = plan(false)
    expect(quick.sizes).not.toContain(10_000)
    expect(full.sizes).toContain(10_000)
    expect(quick.liveEdits).toBe(5)
    expect(full.liveEdits).toBe(20)
    expect(Math.max(...quick.sizes.map(quick.genRuns))).toBeLessThanOrEqual(2)
    // A ratio's verdict is the median of its pairs: one pair would flip from run to run.
    expect(Math.min(quick.buildRuns, quick.exportRuns, quick.devRuns, quick.siteRuns)).toBeGreaterThanOrEqual(3)
    expect(Math.min(full.buildRuns, full.exportRuns, full.devRuns, full.siteRuns)).toBeGreaterThanOrEqual(quick.buildRuns)
  })
})

describe('the plain Slidev project', () => {
  it('installs the Slidev, theme, fonts and Playwright this project has installed, at the same versions, and loads the fonts as our styles do, nothing else', async () => {
    const { packageJson, styles } = await plainProjectFiles()
    const { dependencies } = JSON.parse(packageJson) as { dependencies: Record<string, string> }
    const ours = await readFile(join(ROOT, 'styles', 'index.ts'), 'utf8')
    const fonts = ours.split('\n').filter(line => line.startsWith('import \'@fontsource/'))
    expect(fonts.length).toBeGreaterThan(0)
    expect(styles.trim().split('\n')).toEqual(fonts)
    expect(Object.keys(dependencies)).toEqual(expect.arrayContaining([
      '@slidev/cli',
      '@slidev/theme-default',
      'vue',
      '@fontsource/nunito-sans',
      '@fontsource/fira-code',
      'playwright-chromium',
    ]))
    for (const [name, version] of Object.entries(dependencies)) {
      const installed = JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
      expect(version, name).toBe(installed.version)
    }
  })
})
