import type { Figure } from './results.ts'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { loadDataset } from '../scripts/dataset/load.ts'
import { generate } from '../scripts/generate.ts'
import { renderDeck } from '../scripts/render/deck.ts'
import { figure } from './results.ts'
import { syntheticYaml } from './synthetic.ts'

// Figure group 1: the generator, in this process. `renderDeck` alone (dataset
// already loaded) and the whole `generate()`: read, parse, validate, render,
// write. One warm-up call of each per dataset is not counted.

export const ROOT = join(import.meta.dirname, '..')
export const DEFAULT_DATASET = join(ROOT, 'data', 'node-vs-django.yaml')

export interface GenerationOptions {
  /** Synthetic dataset sizes, in aspects. */
  sizes: number[]
  /** Runs per figure for a dataset of `aspects` aspects (the default dataset counts as 10). */
  runs: (aspects: number) => number
  /** Measure the default dataset too (default true). */
  includeDefault?: boolean
  /** Also time `versus generate` as a process (Node start-up included). */
  cli?: boolean
  log?: (line: string) => void
}

async function time(fn: () => unknown): Promise<number> {
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

/** Times render and generate for one dataset file, `runs` times each after a warm-up. */
async function measure(data: string, out: string, runs: number) {
  const loaded = await loadDataset(data)
  if (!loaded.ok)
    throw new Error(`${data}: invalid dataset: ${loaded.errors[0]?.message}`)
  const options = { source: data, exportName: 'bench' }
  renderDeck(loaded.dataset, options)
  const render: number[] = []
  for (let i = 0; i < runs; i++)
    render.push(await time(() => renderDeck(loaded.dataset, options)))
  const full: number[] = []
  for (let i = -1; i < runs; i++) {
    // generate() skips the write when the file is already up to date: start from none.
    await rm(out, { force: true })
    const ms = await time(async () => {
      const result = await generate({ data, out })
      if (result.status !== 'written')
        throw new Error(`generate ${data}: ${result.status}`)
    })
    if (i >= 0)
      full.push(ms)
  }
  await rm(out, { force: true })
  return { render, full, aspects: loaded.dataset.aspects.length }
}

export async function benchGeneration(options: GenerationOptions): Promise<Figure[]> {
  const log = options.log ?? (() => {})
  const dir = await mkdtemp(join(tmpdir(), 'versus-bench-gen-'))
  const figures: Figure[] = []
  try {
    const out = join(dir, 'deck.md')
    if (options.includeDefault ?? true) {
      const runs = options.runs(10)
      log(`generation: default dataset, ${runs} runs`)
      const d = await measure(DEFAULT_DATASET, out, runs)
      figures.push(
        figure({
          id: 'generation.render.default',
          name: `renderDeck, default dataset (${d.aspects} aspects)`,
          unit: 'ms',
          samples: d.render,
        }),
        figure({
          id: 'generation.generate.default',
          name: `generate(), default dataset (${d.aspects} aspects)`,
          unit: 'ms',
          samples: d.full,
          target: { on: 'value', max: 50 },
        }),
      )
      if (options.cli) {
        const cli: number[] = []
        for (let i = -1; i < runs; i++) {
          await rm(out, { force: true })
          const ms = await time(() => promisify(execFile)(process.execPath, [
            join(ROOT, 'scripts', 'versus.ts'),
            'generate',
            '--data',
            DEFAULT_DATASET,
            '--out',
            out,
          ], { cwd: ROOT }))
          if (i >= 0)
            cli.push(ms)
        }
        figures.push(figure({
          id: 'generation.cli.default',
          name: '`versus generate` process, default dataset',
          unit: 'ms',
          samples: cli,
          note: 'Wall time of a whole process: Node start-up and module loading included.',
        }))
      }
    }
    for (const size of options.sizes) {
      const file = join(dir, `synthetic-${size}.yaml`)
      await writeFile(file, syntheticYaml(size))
      const n = options.runs(size)
      log(`generation: ${size.toLocaleString('en-US')} aspects, ${n} runs`)
      const s = await measure(file, out, n)
      const label = `${size.toLocaleString('en-US')} aspects`
      figures.push(
        figure({
          id: `generation.render.${size}`,
          name: `renderDeck, ${label}`,
          unit: 'ms',
          samples: s.render,
        }),
        figure({
          id: `generation.generate.${size}`,
          name: `generate(), ${label}`,
          unit: 'ms',
          samples: s.full,
          ...(size === 10_000
            ? {
                target: { on: 'value' as const, max: 2000 },
              }
            : {}),
        }),
        figure({
          id: `generation.per-aspect.${size}`,
          name: `generate() per aspect, ${label}`,
          unit: 'ms/aspect',
          samples: s.full.map(ms => ms / size),
        }),
      )
      await rm(file, { force: true })
    }
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
  return figures
}
