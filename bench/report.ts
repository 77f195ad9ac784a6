import type { Figure, Results } from './results.ts'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { formatTable, validateResults } from './results.ts'

// BENCHMARKS.md's figures, written from committed results files and never by
// hand: each `<!-- generated:NAME -->` ... `<!-- /generated:NAME -->` block is
// replaced with what the results say. The prose around the blocks carries no
// measurements (test/bench-report.test.ts checks both).

const ROOT = join(import.meta.dirname, '..')
export const DOC = join(ROOT, 'BENCHMARKS.md')
export const LATEST = join(ROOT, 'bench', 'results', 'latest.json')
/** The first full run, before generation was made linear; kept for the record. */
export const EARLIER = join(ROOT, 'bench', 'results', 'run-c8c779e-contended.json')

const short = (commit: string | null) => commit?.slice(0, 7) ?? 'uncommitted'
const day = (date: string) => date.slice(0, 10)

function missed(f: Figure): string {
  return `- ${f.name}${f.stat === 'p95'
    ? ' (p95)'
    : ''}${f.note
    ? `: ${f.note}`
    : ''}`
}

function resultsBlock(r: Results): string {
  const targets = r.figures.filter(f => f.met !== null)
  const misses = targets.filter(f => !f.met)
  return [
    `${r.quick ? 'Quick' : 'Full'} run (\`${r.command}\`), ${day(r.date)}, commit \`${short(r.commit)}\`, ${Math.round(r.durationSeconds)} s, on the machine below. Each cell is the median (the 95th percentile in rows marked p95) and, in brackets, the min–max over the runs (\`[n×]\`); quartiles and every sample are in \`bench/results/latest.json\`. Ratios are ours ÷ baseline, computed run pair by run pair, then the median of the pairs.${r.baseline
      ? ` The baseline: ${r.baseline}.`
      : ''}`,
    '',
    formatTable(r),
    '',
    `**${targets.length - misses.length} of ${targets.length} targets met.**${misses.length ? ' Missed:' : ''}`,
    ...(misses.length
      ? [
          '',
          ...misses.map(missed),
        ]
      : []),
    ...(r.skipped.length
      ? [
          '',
          'Not measured:',
          '',
          ...r.skipped.map(s => `- ${s.group}: ${s.reason}`),
        ]
      : []),
  ].join('\n')
}

function machineBlock(r: Results): string {
  const m = r.machine
  const load = m.loadDuringRun
    ? `; during the run mean ${m.loadDuringRun.mean.toFixed(2)}, peak ${m.loadDuringRun.max.toFixed(2)}`
    : ''
  return [
    '| | |',
    '|---|---|',
    `| CPU | ${m.cpu}, ${m.cores} cores |`,
    `| Memory | ${m.memoryGiB} GiB |`,
    `| OS | ${m.os} |`,
    `| Node | ${m.node} |`,
    `| Chromium | ${m.chromium ?? 'none'} |`,
    `| Slidev | ${m.slidev} |`,
    `| Load (1-minute average) | ${m.loadAverage[0]?.toFixed(2)} at the start${load} |`,
  ].join('\n')
}

/** generate() by dataset size, in the earlier run and in the latest. */
function historyBlock(earlier: Results, latest: Results): string {
  const ids = earlier.figures.filter(f => f.id.startsWith('generation.generate.')).map(f => f.id)
  const rows = ids.flatMap((id) => {
    const [before, now] = [earlier, latest].map(r => r.figures.find(f => f.id === id))
    if (!before || !now)
      return []
    const ms = (f: Figure) => f.median >= 1000
      ? `${(f.median / 1000).toFixed(2)} s`
      : `${f.median.toFixed(1)} ms`
    return [`| ${now.name} | ${ms(before)} | ${ms(now)} |`]
  })
  return [
    `| figure | commit \`${short(earlier.commit)}\` (${day(earlier.date)}) | commit \`${short(latest.commit)}\` (${day(latest.date)}) |`,
    '|---|---|---|',
    ...rows,
  ].join('\n')
}

const BLOCK = /<!-- generated:(\w+) -->\n(?:[\s\S]*?\n)?<!-- \/generated:\1 -->/g

/** The document with every generated block rewritten from the results. */
export function renderBenchmarks(doc: string, latest: Results, earlier: Results): string {
  const blocks: Record<string, () => string> = {
    results: () => resultsBlock(latest),
    machine: () => machineBlock(latest),
    history: () => historyBlock(earlier, latest),
  }
  return doc.replace(BLOCK, (_, name: string) => {
    const make = blocks[name]
    if (!make)
      throw new Error(`BENCHMARKS.md: unknown generated block "${name}"`)
    return `<!-- generated:${name} -->\n${make()}\n<!-- /generated:${name} -->`
  })
}

/** The doc with its generated blocks emptied: what is left is written by hand. */
export function handWritten(doc: string): string {
  return doc.replace(BLOCK, '')
}

export async function readResults(file: string): Promise<Results> {
  const results: unknown = JSON.parse(await readFile(file, 'utf8'))
  const problems = validateResults(results)
  if (problems.length)
    throw new Error(`${file}: ${problems.join('; ')}`)
  return results as Results
}

/** Rewrites BENCHMARKS.md from the committed results files. */
export async function updateBenchmarks(): Promise<void> {
  const doc = await readFile(DOC, 'utf8')
  await writeFile(DOC, renderBenchmarks(doc, await readResults(LATEST), await readResults(EARLIER)))
}

if (import.meta.main) {
  updateBenchmarks().then(() => process.stdout.write('BENCHMARKS.md rewritten from bench/results/latest.json.\n'), (error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
