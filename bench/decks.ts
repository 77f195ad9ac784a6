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

// The two decks every Slidev figure compares, written to the project root
// (Slidev finds components, setup and styles next to the entry) under names
// git ignores (`/.test-*.md`), and removed afterwards.

export interface Deck {
  side: 'ours' | 'baseline'
  /** Absolute path of the entry. */
  path: string
  /** The entry relative to the project root, as passed to Slidev. */
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

export async function describeDeck(side: Deck['side'], path: string, title: string): Promise<Deck> {
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
    entry: relative(ROOT, path),
    title,
    slides: parsed.slides.length,
    tableSlide: table,
    diagramSlide: side === 'ours'
      ? find(/^<ArchitectureDiagram /m)
      : find(/^```mermaid/m),
  }
}

/** Generates our deck and writes the plain baseline deck from the same dataset. */
export async function prepareDecks(data: string): Promise<{ ours: Deck, baseline: Deck, remove: () => Promise<void> }> {
  const loaded = await loadDataset(data)
  if (!loaded.ok)
    throw new Error(`${data}: invalid dataset`)
  const oursPath = tempDeckPath('ours')
  const basePath = tempDeckPath('baseline')
  const remove = () => Promise.all([oursPath, basePath].map(p => rm(p, { force: true }))).then(() => {})
  try {
    const result = await generate({ data, out: oursPath })
    if (result.status === 'invalid' || result.status === 'stale')
      throw new Error(`generate ${data}: ${result.status}`)
    await writeFile(basePath, baselineDeck(loaded.dataset))
    const [ours, baseline] = await Promise.all([
      describeDeck('ours', oursPath, loaded.dataset.title),
      describeDeck('baseline', basePath, loaded.dataset.title),
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
