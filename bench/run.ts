import type { Browser } from 'playwright-core'
import type { Baseline, Deck } from './decks.ts'
import type { EditRun, LiveBench, Save } from './live-edit.ts'
import type { Figure, Machine, Results } from './results.ts'
import type { AfterWarmStart, Built } from './slidev-bench.ts'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { arch, availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { findChromium, launchChromium } from '../scripts/browser.ts'
import { BASELINE_DESCRIPTIONS, BASELINES, prepareDecks } from './decks.ts'
import { benchGeneration, ROOT } from './generation.ts'
import { benchLiveEdit, datasetCopy, liveBench, liveFigures, SAVES } from './live-edit.ts'
import { LATEST, updateBenchmarks } from './report.ts'
import { formatTable, SCHEMA, writeResults } from './results.ts'
import { benchBuild, benchBuiltSite, benchDevStart, benchExport } from './slidev-bench.ts'
import { round } from './stats.ts'
import { benchTestLoop } from './test-loop.ts'

// `npm run bench [-- --quick] [-- --only generation,build,export,dev,live,site,tests] [-- --baseline plain|project] [-- --out file.json]`

export const GROUPS = [
  'generation',
  'build',
  'export',
  'dev',
  'live',
  'site',
  'tests',
] as const
export type Group = typeof GROUPS[number]

export interface Plan {
  quick: boolean
  sizes: number[]
  genRuns: (aspects: number) => number
  buildRuns: number
  exportRuns: number
  /** Uncounted pairs before the build, export, dev start and built-site runs: a group's first run (always ours) pays for cold caches. */
  warmup: number
  devRuns: number
  liveEdits: number
  siteRuns: number
  /** `npm run test:unit` runs, then one `npm test`; 0 skips the test loop (a quick run comes right after `.ci/run` has run `npm test`). */
  unitTestRuns: number
}

export function plan(quick: boolean): Plan {
  return quick
    ? {
        quick,
        sizes: [10, 100, 1000],
        genRuns: n => (n >= 1000
          ? 1
          : 2),
        // At least three of every ratio, so a verdict rests on a median.
        buildRuns: 3,
        exportRuns: 3,
        warmup: 0,
        devRuns: 3,
        liveEdits: 5,
        // Cheap (a third of a second a visit), and the noisiest ratio: a page load varies by ±20% here.
        siteRuns: 15,
        unitTestRuns: 0,
      }
    : {
        quick,
        sizes: [10, 100, 1000, 10_000],
        genRuns: n => (n >= 10_000
          ? 5
          : n >= 1000
            ? 10
            : 30),
        buildRuns: 5,
        exportRuns: 5,
        warmup: 1,
        devRuns: 5,
        liveEdits: 20,
        siteRuns: 60,
        unitTestRuns: 3,
      }
}

export async function machineInfo(browser?: Browser): Promise<Machine> {
  const slidev = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@slidev', 'cli', 'package.json'), 'utf8')) as { version: string }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: round(totalmem() / 2 ** 30, 3),
    os: `${type()} ${release()} ${arch()}`,
    node: process.version,
    chromium: browser
      ? browser.version()
      : null,
    slidev: slidev.version,
    loadAverage: loadavg().map(n => round(n, 3)),
  }
}

function commit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  }
  catch {
    return null
  }
}

/** Removes this run's temporary decks, also when interrupted. */
function removeTempDecks() {
  for (const f of readdirSync(ROOT)) {
    if (f.startsWith(`.test-bench-${process.pid}-`) && f.endsWith('.md'))
      rmSync(join(ROOT, f), { force: true })
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      baseline: { type: 'string', default: 'plain' },
      out: { type: 'string' },
    },
  })
  const only = values.only?.split(',').map(s => s.trim()).filter(Boolean)
  const unknown = only?.filter(g => !GROUPS.includes(g as Group))
  if (unknown?.length) {
    console.error(`Unknown group(s) ${unknown.join(', ')}: use ${GROUPS.join(', ')}.`)
    process.exit(2)
  }
  if (!BASELINES.includes(values.baseline as Baseline)) {
    console.error(`Unknown baseline ${values.baseline}: use ${BASELINES.join(' or ')}.`)
    process.exit(2)
  }
  const where = values.baseline as Baseline
  const groups = new Set<Group>((only ?? GROUPS) as Group[])
  const out = values.out ?? LATEST
  const p = plan(values.quick)
  const started = performance.now()
  // The commit under test: read before anything runs, since others may commit meanwhile.
  const head = commit()
  const log = (line: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)
  process.chdir(ROOT)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      removeTempDecks()
      process.exit(130)
    })
  }

  const figures: Figure[] = []
  let baselineUsed: Baseline | undefined
  const skipped: Results['skipped'] = []
  for (const g of GROUPS) {
    if (!groups.has(g)) {
      skipped.push({
        group: g,
        reason: 'not selected (--only)',
      })
    }
  }
  // Launched even for generation only: the results name the Chromium version.
  const executablePath = await findChromium()
  let browser: Browser | undefined
  if (executablePath)
    browser = await launchChromium(executablePath)
  const machine = await machineInfo(browser)
  const load: number[] = []
  const sampler = setInterval(() => load.push(loadavg()[0]!), 5000).unref()
  log(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${machine.chromium ?? 'none'}; ${p.quick ? 'quick' : 'full'} run`)

  // A group that fails is reported under `skipped` with its error; the others still run.
  const attempt = async (group: Group, fn: () => Promise<Figure[]>) => {
    try {
      figures.push(...await fn())
    }
    catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? String(error)
      log(`${group} failed: ${(error as Error).stack ?? message}`)
      skipped.push({ group, reason: `failed: ${message}` })
    }
  }
  const noBrowser = (group: Group) => skipped.push({ group, reason: 'no Chromium found (set CHROMIUM_PATH)' })

  // First, as a developer runs the tests: before the bench has written a
  // temporary deck or started a server. (Run last, after the other groups,
  // the unit project's component suites failed to load; not yet explained.)
  if (groups.has('tests')) {
    if (p.unitTestRuns)
      await attempt('tests', () => benchTestLoop(p.unitTestRuns, log))
    else skipped.push({ group: 'tests', reason: 'not in --quick runs: .ci/run has just run npm test' })
  }

  try {
    if (groups.has('generation')) {
      await attempt('generation', () => benchGeneration({
        sizes: p.sizes,
        runs: p.genRuns,
        cli: true,
        log,
      }))
    }

    const slidevGroups = GROUPS.filter(g => g !== 'generation' && g !== 'tests' && groups.has(g))
    if (slidevGroups.length) {
      // Our deck is made from a copy of the dataset, which the live edits may change.
      const copy = await datasetCopy()
      // The plain project is installed only for the groups that compare against the baseline.
      const compared = slidevGroups.some(g => g !== 'live')
      baselineUsed = compared
        ? where
        : undefined
      const t0 = performance.now()
      const { ours, baseline, remove } = await prepareDecks(copy.data, compared ? where : 'project').catch(async (error: unknown) => {
        await copy.remove()
        throw error
      })
      log(`decks: ${relative(ROOT, ours.path)} and ${baseline.path}${baseline.project.bin
        ? ` (a plain Slidev project, installed in ${((performance.now() - t0) / 1000).toFixed(0)} s)`
        : ''}, ${ours.slides} slides each`)
      const decks: [Deck, Deck] = [ours, baseline]
      let built: Built | undefined
      // With the dev start figures, the live edits are made on their warm
      // starts of our deck (in place on the first, atomically on the second)
      // rather than on two more starts of the same server.
      let live: LiveBench | undefined
      const edited = new Map<Save, EditRun>()
      let editsFailed: Error | undefined
      const afterWarmStart: AfterWarmStart = async (server, page, run) => {
        const save = SAVES[run]
        if (!live || !save || editsFailed)
          return
        try {
          edited.set(save, await live.session(server, page, save))
        }
        catch (error) {
          editsFailed = error as Error
        }
      }
      try {
        if (groups.has('build') || groups.has('site')) {
          // The built-site figures need a build of each deck; without `build` selected, one unreported pair.
          const reported = groups.has('build')
          await attempt('build', async () => {
            built = await benchBuild(decks, reported ? p.buildRuns : 1, reported ? p.warmup : 0, log)
            return reported
              ? built.figures
              : []
          })
        }
        if (groups.has('export')) {
          if (executablePath)
            await attempt('export', () => benchExport(decks, p.exportRuns, p.warmup, executablePath, log))
          else noBrowser('export')
        }
        // Watches the project folder for the deck's rewrites: from the dev starts on, not during builds.
        if (groups.has('dev') && groups.has('live') && browser && p.devRuns >= SAVES.length)
          live = await liveBench({ data: copy.data, deck: ours.path, title: ours.title }, p.liveEdits, log)
        for (const [group, run] of [
          [
            'dev',
            (b: Browser) => benchDevStart(b, decks, p.devRuns, p.warmup, log, afterWarmStart),
          ],
          [
            'live',
            async (b: Browser) => {
              if (editsFailed)
                throw editsFailed
              return edited.size === SAVES.length
                ? liveFigures(edited, p.liveEdits)
                : benchLiveEdit(b, p.liveEdits, log)
            },
          ],
          [
            'site',
            (b: Browser) => built
              ? benchBuiltSite(b, decks, built.outDirs, p.siteRuns, p.warmup, log)
              : Promise.reject(new Error('no build to serve')),
          ],
        ] as const) {
          if (!groups.has(group))
            continue
          if (browser)
            await attempt(group, () => run(browser))
          else noBrowser(group)
        }
      }
      finally {
        live?.close()
        await (built as Built | undefined)?.remove()
        await remove()
        await copy.remove()
      }
    }
  }
  finally {
    await browser?.close()
    removeTempDecks()
  }

  clearInterval(sampler)
  if (load.length) {
    machine.loadDuringRun = {
      mean: round(load.reduce((a, b) => a + b, 0) / load.length, 3),
      max: round(Math.max(...load), 3),
      samples: load.length,
    }
  }
  const results: Results = {
    schema: SCHEMA,
    date: new Date().toISOString(),
    quick: p.quick,
    command: `node bench/run.ts ${process.argv.slice(2).join(' ')}`.trim(),
    commit: head,
    durationSeconds: round((performance.now() - started) / 1000, 4),
    machine,
    ...baselineUsed && { baseline: BASELINE_DESCRIPTIONS[baselineUsed] },
    figures,
    skipped,
  }
  await writeResults(out, results)
  // The committed results and the page that reports them change together.
  if (resolve(out) === LATEST)
    await updateBenchmarks()
  process.stdout.write(`${formatTable(results)}\n`)
  for (const s of skipped)
    process.stdout.write(`\nnot measured: ${s.group}: ${s.reason}`)
  const targets = figures.filter(f => f.met !== null)
  process.stdout.write(`\n${targets.filter(f => f.met).length} of ${targets.length} targets met; results in ${relative(ROOT, out)} (${results.durationSeconds.toFixed(0)} s).\n`)
  // Missed targets are results, not errors; a group that could not run is an error.
  if (skipped.some(s => s.reason.startsWith('failed')))
    process.exitCode = 1
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    removeTempDecks()
    console.error(error)
    process.exit(1)
  })
}
