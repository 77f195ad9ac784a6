import type { LiveOptions } from '../scripts/live-options.ts'
import { spawn } from 'node:child_process'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import process from 'node:process'
import { parse } from '@slidev/parser'
import { loadDataset } from '../scripts/dataset/load.ts'
import { generate } from '../scripts/generate.ts'
import { baselineDeck } from './baseline.ts'
import { ROOT } from './generation.ts'
import { preparePlainProject } from './plain-project.ts'

// The two decks every Slidev figure compares. Ours is written to the project
// root (Slidev finds components, setup and styles next to the entry) under a
// name git ignores (`/.test-*.md`). The baseline deck runs where the bench's
// `--baseline` says: in a plain Slidev project of its own (the default, what
// a speaker without versus has), or next to ours in this project, with all of
// its configuration (what components cost against markdown). Both are
// removed afterwards.

/** Where the baseline deck runs. */
export const BASELINES = ['plain', 'project'] as const
export type Baseline = typeof BASELINES[number]

/** Each baseline in words, as the results record it. */
export const BASELINE_DESCRIPTIONS: Record<Baseline, string> = {
  plain: 'the same slides as plain Slidev markdown (no components), in a plain Slidev project of its own: its own install of the same Slidev, theme and fonts, no Vite config, setup files or styles of ours; built and exported with its own `slidev build` and `slidev export`',
  project: 'the same slides as plain Slidev markdown (no components), run in this project with all of its configuration, built and exported with `versus`',
}

/** A Slidev project a deck runs in. */
export interface Project {
  dir: string
  /**
   * Its own Slidev CLI, which starts, builds and exports its decks as a plain
   * Slidev user does; absent for this project, whose decks go through `versus`.
   */
  bin?: string
}

export const HERE: Project = { dir: ROOT }

export interface Deck {
  side: 'ours' | 'baseline'
  /** Absolute path of the entry. */
  path: string
  /** The project it runs in. */
  project: Project
  /** The entry relative to its project's folder, as passed to Slidev. */
  entry: string
  title: string
  slides: number
  /** 1-based number of the first comparison table slide and of the first diagram slide. */
  tableSlide: number
  diagramSlide: number | undefined
  /** Ours: the live-data plugin's options, which `npm run dev` starts Slidev with. */
  live?: LiveOptions
}

export function tempDeckPath(name: string): string {
  return join(ROOT, `.test-bench-${process.pid}-${name}.md`)
}

export async function describeDeck(side: Deck['side'], path: string, title: string, project = HERE): Promise<Deck> {
  const parsed = await parse(await readFile(path, 'utf8'), path)
  const find = (re: RegExp) => {
    const i = parsed.slides.findIndex(s => re.test(s.content))
    return i < 0
      ? undefined
      : i + 1
  }
  const table = side === 'ours'
    ? find(/^<ComparisonTable /m)
    : find(/^\| Aspect \|/m)
  if (!table)
    throw new Error(`${path}: no comparison table slide`)
  return {
    side,
    path,
    project,
    entry: relative(project.dir, path),
    title,
    slides: parsed.slides.length,
    tableSlide: table,
    diagramSlide: side === 'ours'
      ? find(/^<ArchitectureDiagram /m)
      : find(/^```mermaid/m),
  }
}

/** Generates our deck and writes the plain baseline deck from the same dataset, to run where `where` says. */
export async function prepareDecks(data: string, where: Baseline): Promise<{ ours: Deck, baseline: Deck, remove: () => Promise<void> }> {
  const loaded = await loadDataset(data)
  if (!loaded.ok)
    throw new Error(`${data}: invalid dataset`)
  const oursPath = tempDeckPath('ours')
  const markdown = baselineDeck(loaded.dataset)
  const plain = where === 'plain'
    ? await preparePlainProject(markdown)
    : undefined
  const basePath = plain
    ? join(plain.dir, 'slides.md')
    : tempDeckPath('baseline')
  const remove = async () => {
    await Promise.all([oursPath, basePath].map(p => rm(p, { force: true })))
    await plain?.remove()
  }
  try {
    const result = await generate({ data, out: oursPath })
    if (result.status === 'invalid' || result.status === 'stale')
      throw new Error(`generate ${data}: ${result.status}`)
    if (!plain)
      await writeFile(basePath, markdown)
    const [ours, baseline] = await Promise.all([
      describeDeck('ours', oursPath, loaded.dataset.title),
      describeDeck('baseline', basePath, loaded.dataset.title, plain ?? HERE),
    ])
    ours.live = { data, out: oursPath }
    if (ours.slides !== baseline.slides)
      throw new Error(`decks differ in length: ours ${ours.slides}, baseline ${baseline.slides}`)
    return { ours, baseline, remove }
  }
  catch (error) {
    await remove()
    throw error
  }
}

export interface Finished {
  ms: number
  output: string
}

/** Runs a command (by default a script on this Node, in this project) to completion and times it; rejects with its output when it fails. */
export function timeCommand(args: string[], env: NodeJS.ProcessEnv = {}, command = process.execPath, cwd = ROOT): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        CI: 'true',
        ...env,
      },
    })
    let output = ''
    child.stdout.on('data', (d: Uint8Array) => (output += d))
    child.stderr.on('data', (d: Uint8Array) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => {
      const ms = performance.now() - t0
      if (code === 0)
        resolve({ ms, output })
      else
        reject(new Error(`${args.map(a => relative(ROOT, a) || a).join(' ')} exited ${code}\n${output.slice(-4000)}`))
    })
  })
}
