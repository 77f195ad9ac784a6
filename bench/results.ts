import type { Spread } from './stats.ts'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { writeAtomically } from '../scripts/fs.ts'
import { percentile, round, spread } from './stats.ts'

// The results file (bench/results/latest.json): what was measured, on what
// machine, and whether each target was met. `validateResults` is the schema.

export const SCHEMA = 'versus-bench/1'

export type Unit = 'ms' | 's' | 'ms/aspect' | 's/page' | 'bytes' | 'pages' | 'count'

export interface Target {
  /** What the target bounds: the figure's value (its `stat`) or the ours/baseline ratio. */
  on: 'value' | 'ratio'
  max: number
}

export interface Sample {
  samples: number[]
  median: number
  spread: Spread
}

export interface Figure {
  /** Stable key, e.g. `generation.generate.10000`. */
  id: string
  name: string
  unit: Unit
  /** The statistic `value` holds: the median, or the 95th percentile for tail latencies. */
  stat: 'median' | 'p95'
  value: number
  runs: number
  samples: number[]
  median: number
  p95: number
  spread: Spread
  /** The same measurement on the plain Slidev deck, run alternately with ours. */
  baseline?: Sample
  /** ours / baseline, run pair by run pair. */
  ratio?: Sample
  target?: Target
  /** null when the figure has no target. */
  met: boolean | null
  note?: string
}

export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  os: string
  node: string
  chromium: string | null
  slidev: string
  /** 1, 5 and 15 minute load averages when the run started. */
  loadAverage: number[]
  /** The 1-minute load average sampled every 5 s during the run: other work on the machine skews timings. */
  loadDuringRun?: { mean: number, max: number, samples: number }
}

export interface Results {
  schema: typeof SCHEMA
  date: string
  quick: boolean
  command: string
  commit: string | null
  durationSeconds: number
  machine: Machine
  /** What the ratios compare against, in words; absent when no figure has a baseline. */
  baseline?: string
  figures: Figure[]
  /** Groups that did not run, and why (a missing browser, `--only`, a failure). */
  skipped: { group: string, reason: string }[]
}

export interface FigureInput {
  id: string
  name: string
  unit: Unit
  samples: number[]
  baseline?: number[]
  /** Pair runs into ours/baseline ratios (default: when every baseline run is above 0). */
  ratio?: boolean
  stat?: 'median' | 'p95'
  target?: Target
  note?: string
}

function sample(values: number[]): Sample {
  return {
    samples: values.map(v => round(v)),
    median: round(percentile(values, 50)),
    spread: roundSpread(spread(values)),
  }
}

function roundSpread(s: Spread): Spread {
  return {
    min: round(s.min),
    q1: round(s.q1),
    q3: round(s.q3),
    max: round(s.max),
  }
}

/** A figure from raw samples; with a baseline, runs pair up in order (ours[i] with baseline[i]). */
export function figure(input: FigureInput): Figure {
  const { samples } = input
  if (!samples.length)
    throw new Error(`${input.id}: no samples`)
  const stat = input.stat ?? 'median'
  const ours = sample(samples)
  const p95 = round(percentile(samples, 95))
  const value = stat === 'p95'
    ? p95
    : ours.median
  let baseline: Sample | undefined
  let ratio: Sample | undefined
  if (input.baseline) {
    if (input.baseline.length !== samples.length)
      throw new Error(`${input.id}: ${samples.length} runs against ${input.baseline.length} baseline runs`)
    baseline = sample(input.baseline)
    if (input.ratio ?? input.baseline.every(v => v > 0))
      ratio = sample(samples.map((v, i) => v / input.baseline![i]!))
  }
  const target = input.target
  let met: boolean | null = null
  if (target) {
    const measured = target.on === 'ratio'
      ? ratio?.median
      : value
    if (measured === undefined)
      throw new Error(`${input.id}: a ratio target needs a baseline`)
    met = measured <= target.max
  }
  return {
    id: input.id,
    name: input.name,
    unit: input.unit,
    stat,
    value,
    runs: samples.length,
    samples: ours.samples,
    median: ours.median,
    p95,
    spread: ours.spread,
    ...(baseline
      ? { baseline, ratio }
      : {}),
    ...(target
      ? { target }
      : {}),
    met,
    ...(input.note
      ? { note: input.note }
      : {}),
  }
}

const UNITS: Unit[] = [
  'ms',
  's',
  'ms/aspect',
  's/page',
  'bytes',
  'pages',
  'count',
]

/** Every way `value` falls short of the results schema; empty when it is valid. */
export function validateResults(value: unknown): string[] {
  const problems: string[] = []
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v)
  if (!isObj(value))
    return ['results: not an object']
  if (value.schema !== SCHEMA)
    problems.push(`schema: expected "${SCHEMA}"`)
  if (typeof value.date !== 'string' || Number.isNaN(Date.parse(value.date)))
    problems.push('date: not an ISO date')
  if (typeof value.quick !== 'boolean')
    problems.push('quick: not a boolean')
  if (!num(value.durationSeconds))
    problems.push('durationSeconds: not a number')
  if (value.baseline !== undefined && typeof value.baseline !== 'string')
    problems.push('baseline: not a string')
  const m = value.machine
  if (!isObj(m)) {
    problems.push('machine: missing')
  }
  else {
    for (const key of ['cpu', 'os', 'node', 'slidev'])
      typeof m[key] !== 'string' && problems.push(`machine.${key}: not a string`)
    for (const key of ['cores', 'memoryGiB'])
      !num(m[key]) && problems.push(`machine.${key}: not a number`)
    if (m.chromium !== null && typeof m.chromium !== 'string')
      problems.push('machine.chromium: not a string or null')
  }
  if (!Array.isArray(value.skipped))
    problems.push('skipped: not an array')
  if (!Array.isArray(value.figures) || !value.figures.length)
    return [...problems, 'figures: not a non-empty array']
  const ids = new Set<string>()
  const checkSample = (s: unknown, at: string, runs: unknown) => {
    if (!isObj(s))
      return problems.push(`${at}: not an object`)
    if (!Array.isArray(s.samples) || !s.samples.every(num) || s.samples.length !== runs)
      problems.push(`${at}.samples: not ${String(runs)} numbers`)
    if (!num(s.median))
      problems.push(`${at}.median: not a number`)
    const sp = s.spread
    if (!isObj(sp) || !['min', 'q1', 'q3', 'max'].every(k => num(sp[k])))
      problems.push(`${at}.spread: needs min, q1, q3, max`)
    else if (!(sp.min as number <= (sp.q1 as number) && sp.q1 as number <= (sp.q3 as number) && sp.q3 as number <= (sp.max as number)))
      problems.push(`${at}.spread: not ordered`)
    else if (num(s.median) && !(sp.min as number <= (s.median as number) && s.median as number <= (sp.max as number)))
      problems.push(`${at}.median: outside min–max`)
  }
  value.figures.forEach((f: unknown, i: number) => {
    const at = `figures[${i}]`
    if (!isObj(f))
      return problems.push(`${at}: not an object`)
    if (typeof f.id !== 'string' || !f.id)
      problems.push(`${at}.id: not a string`)
    else if (ids.has(f.id))
      problems.push(`${at}.id: duplicate "${f.id}"`)
    else ids.add(f.id)
    if (typeof f.name !== 'string' || !f.name)
      problems.push(`${at}.name: not a string`)
    if (!UNITS.includes(f.unit as Unit))
      problems.push(`${at}.unit: not one of ${UNITS.join(', ')}`)
    if (f.stat !== 'median' && f.stat !== 'p95')
      problems.push(`${at}.stat: not median or p95`)
    if (!Number.isInteger(f.runs) || (f.runs as number) < 1)
      problems.push(`${at}.runs: not a positive whole number`)
    checkSample(f, at, f.runs)
    if (!num(f.value) || !num(f.p95)) {
      problems.push(`${at}.value/p95: not numbers`)
    }
    else if (f.value !== (f.stat === 'p95'
      ? f.p95
      : f.median)) {
      problems.push(`${at}.value: not its ${String(f.stat)}`)
    }
    if (f.baseline !== undefined || f.ratio !== undefined)
      checkSample(f.baseline, `${at}.baseline`, f.runs)
    if (f.ratio !== undefined)
      checkSample(f.ratio, `${at}.ratio`, f.runs)
    if (f.target !== undefined) {
      const t = f.target
      if (!isObj(t) || (t.on !== 'value' && t.on !== 'ratio') || !num(t.max))
        problems.push(`${at}.target: needs on (value or ratio) and max`)
      else if (t.on === 'ratio' && f.ratio === undefined)
        problems.push(`${at}.target: a ratio target without a baseline`)
      if (typeof f.met !== 'boolean')
        problems.push(`${at}.met: not a boolean although there is a target`)
    }
    else if (f.met !== null) {
      problems.push(`${at}.met: not null although there is no target`)
    }
  })
  return problems
}

/** Validates, then writes atomically: a failed run never leaves half a file. */
export async function writeResults(file: string, results: Results): Promise<void> {
  const problems = validateResults(results)
  if (problems.length)
    throw new Error(`invalid results:\n${problems.join('\n')}`)
  await mkdir(dirname(file), { recursive: true })
  await writeAtomically(file, `${JSON.stringify(results, null, 2)}\n`)
}

function format(value: number, unit: Unit): string {
  const n = (v: number, d: number) => v.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })
  switch (unit) {
    case 'ms': return value >= 1000
      ? `${n(value / 1000, 2)} s`
      : `${n(value, value < 10
        ? 2
        : 0)} ms`
    case 's': return `${n(value, 1)} s`
    case 'ms/aspect': return `${n(value, 3)} ms`
    case 's/page': return `${n(value, 2)} s`
    case 'bytes': return `${n(value / 1000, 1)} kB`
    default: return n(value, 0)
  }
}

function cell(f: Figure, s: Sample | Figure): string {
  const value = 'stat' in s
    ? s.value
    : s.median
  if (s.spread.min === s.spread.max)
    return format(value, f.unit)
  return `${format(value, f.unit)} (${format(s.spread.min, f.unit)}–${format(s.spread.max, f.unit)})`
}

function targetText(f: Figure): string {
  if (!f.target)
    return ''
  if (f.target.on === 'ratio')
    return `ratio ≤ ${f.target.max.toFixed(2)}`
  return `${f.stat === 'p95'
    ? 'p95 '
    : ''}≤ ${format(f.target.max, f.unit)}`
}

/** The results as a markdown table: figure, ours, baseline, ratio, target, met. */
export function formatTable(results: Pick<Results, 'figures'>): string {
  const rows = results.figures.map(f => [
    `${f.name}${f.stat === 'p95'
      ? ' (p95)'
      : ''} [${f.runs}×]`,
    cell(f, f),
    f.baseline
      ? cell(f, f.baseline)
      : '',
    f.ratio
      ? `${f.ratio.median.toFixed(2)} (${f.ratio.spread.min.toFixed(2)}–${f.ratio.spread.max.toFixed(2)})`
      : '',
    targetText(f),
    f.met === null
      ? ''
      : f.met ? 'yes' : '**no**',
  ])
  const head = [
    'figure',
    'ours (min–max)',
    'baseline',
    'ratio',
    'target',
    'met',
  ]
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map(r => `| ${r.join(' | ')} |`),
  ].join('\n')
}
