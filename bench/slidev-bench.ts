import type { Browser, Page } from 'playwright-core'
import type { LiveOptions } from '../scripts/live-options.ts'
import type { DevServer } from '../scripts/slidev-server.ts'
import type { Deck, Project } from './decks.ts'
import type { Figure } from './results.ts'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { PDFDocument } from 'pdf-lib'
import { serveStatic } from '../scripts/preview.ts'
import { startDevServer } from '../scripts/slidev-server.ts'
import { HERE, timeCommand } from './decks.ts'
import { ROOT } from './generation.ts'
import { figure } from './results.ts'

// Figure groups 2, 3, 4 and 6: the build, the PDF export, the dev
// server's cold start and the built site in Chromium, each for our deck and
// the baseline deck, alternating run by run (ours, baseline, ours, ...). Each
// deck is built, exported and served as its user would: ours with `versus`,
// the baseline in a plain Slidev project with that project's own Slidev CLI
// (with `--baseline project`, in this project with `versus` too).

type Log = (line: string) => void

/**
 * Runs `measure` for ours and the baseline alternately; `warmup` extra pairs
 * first, not counted. Each deck goes first in every other pair, so that
 * neither always runs right after the other (on caches the other warmed).
 */
async function alternate<T>(runs: number, warmup: number, decks: [Deck, Deck], measure: (deck: Deck, run: number) => Promise<T>): Promise<[T[], T[]]> {
  const results: [T[], T[]] = [[], []]
  for (let run = -warmup; run < runs; run++) {
    const order = run % 2 === 0
      ? [0, 1] as const
      : [1, 0] as const
    const pair: T[] = []
    for (const side of order)
      pair[side] = await measure(decks[side], run)
    if (run >= 0) {
      results[0].push(pair[0]!)
      results[1].push(pair[1]!)
    }
  }
  return results
}

// ---------------------------------------------------------------- build

export interface Built {
  /** The last build of each deck, kept for the built-site figures. */
  outDirs: Record<Deck['side'], string>
  figures: Figure[]
  remove: () => Promise<void>
}

/** Times the command a deck's user runs: `versus <args>` in this project, or the plain project's own `slidev <args>`. */
function deckCli({ project }: Deck, args: string[]) {
  return project.bin
    ? timeCommand([project.bin, ...args], {}, process.execPath, project.dir)
    : timeCommand([
        join(ROOT, 'scripts', 'versus.ts'),
        ...args,
      ])
}

/**
 * Builds a deck as its user does: `versus build` (what `npm run build` runs:
 * Slidev with hash routes and Node's compile cache), or a plain project's
 * `slidev build` (history routes, Slidev's default).
 */
function buildDeck(deck: Deck, out: string) {
  return deckCli(deck, [
    'build',
    deck.entry,
    '--out',
    out,
  ])
}

export async function benchBuild(decks: [Deck, Deck], runs: number, warmup: number, log: Log): Promise<Built> {
  const outDirs = {} as Record<Deck['side'], string>
  const made: string[] = []
  const [ours, base] = await alternate(runs, warmup, decks, async (deck, run) => {
    const out = await mkdtemp(join(tmpdir(), `versus-bench-build-${deck.side}-`))
    made.push(out)
    const previous = outDirs[deck.side]
    const { ms } = await buildDeck(deck, out)
    log(`build ${deck.side} run ${run + 1}: ${(ms / 1000).toFixed(1)} s`)
    outDirs[deck.side] = out
    if (previous)
      await rm(previous, { recursive: true, force: true })
    return ms / 1000
  })
  return {
    outDirs,
    figures: [
      figure({
        id: 'build.time',
        name: `Build, default dataset (${decks[0].slides} slides)`,
        unit: 's',
        samples: ours,
        baseline: base,
        target: { on: 'ratio', max: 1 },
      }),
    ],
    remove: async () => {
      await Promise.all(made.map(d => rm(d, { recursive: true, force: true })))
    },
  }
}

// ---------------------------------------------------------------- PDF export

async function pdfPages(file: string): Promise<number> {
  const pdf = await PDFDocument.load(await readFile(file), { updateMetadata: false })
  return pdf.getPageCount()
}

/** Times an export that writes the PDF `pdf`: seconds and pages; the PDF is removed. */
async function timedExport(exporting: Promise<{ ms: number }>, pdf: string): Promise<{ s: number, pages: number }> {
  const { ms } = await exporting
  const pages = await pdfPages(pdf)
  await rm(pdf, { force: true })
  return { s: ms / 1000, pages }
}

/**
 * Exports a deck to `<base>.pdf` as its user does: `versus export` (one PDF
 * with an outline), or a plain project's `slidev export`, which the
 * headmatter asks for an outline too. The plain project's exporter is given
 * `executablePath`, the Chromium `versus export` finds: Slidev knows only the
 * browser Playwright downloads.
 */
function exportDeck(deck: Deck, base: string, executablePath: string): Promise<{ s: number, pages: number }> {
  return timedExport(deckCli(deck, deck.project.bin
    ? [
        'export',
        deck.entry,
        '--output',
        `${base}.pdf`,
        '--executable-path',
        executablePath,
      ]
    : [
        'export',
        deck.entry,
        '--out',
        base,
      ]), `${base}.pdf`)
}

export async function benchExport(decks: [Deck, Deck], runs: number, warmup: number, executablePath: string, log: Log): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'versus-bench-pdf-'))
  try {
    const [ours, base] = await alternate(runs, warmup, decks, async (deck, run) => {
      const result = await exportDeck(deck, join(dir, `${deck.side}-${run}`), executablePath)
      log(`export ${deck.side} run ${run + 1}: ${result.s.toFixed(1)} s, ${result.pages} pages`)
      return result
    })
    if (ours[0]!.pages !== base[0]!.pages)
      throw new Error(`the PDFs differ in length: ours ${ours[0]!.pages} pages, the baseline's ${base[0]!.pages}`)
    const pages = ours[0]!.pages
    return [
      figure({
        id: 'export.pdf.time',
        name: `PDF export, ${pages} pages`,
        unit: 's',
        samples: ours.map(r => r.s),
        baseline: base.map(r => r.s),
        target: { on: 'ratio', max: 1 },
      }),
      figure({
        id: 'export.pdf.per-page',
        name: 'PDF export per page',
        unit: 's/page',
        samples: ours.map(r => r.s / r.pages),
        baseline: base.map(r => r.s / r.pages),
      }),
      figure({
        id: 'export.pdf.pages',
        name: 'PDF pages',
        unit: 'pages',
        samples: ours.map(r => r.pages),
        baseline: base.map(r => r.pages),
      }),
    ]
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------- dev server

/** Resolves when slide `no` of the deck open in `page` is visible and holds `text`. */
export async function slideVisible(page: Page, no: number, text: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(({ no, text }) => {
    const el = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
    return !!el && el.checkVisibility() && (el.textContent ?? '').includes(text)
  }, { no, text }, { polling: 'raf', timeout })
}

/** The shared dev-server starter, polled finely so the answer time is measured to 25 ms. */
export async function startSlidev(entry: string, live?: LiveOptions, project = HERE): Promise<DevServer & { answeredMs: number }> {
  const t0 = performance.now()
  const server = await startDevServer(entry, {
    cwd: project.dir,
    bin: project.bin,
    pollMs: 25,
    timeoutMs: 90_000,
    live,
  })
  return { ...server, answeredMs: performance.now() - t0 }
}

/** Vite's pre-bundled dependencies (node_modules/.vite/deps): without them a start is cold. */
async function clearDepsCache(project: Project): Promise<void> {
  const cache = join(project.dir, 'node_modules', '.vite')
  const dirs = await readdir(cache).catch(() => [])
  await Promise.all(dirs.filter(d => d.startsWith('deps')).map(d => rm(join(cache, d), { recursive: true, force: true })))
}

/** What else a warm start of our deck may serve once it is timed: the page shows slide 1. */
export type AfterWarmStart = (server: DevServer, page: Page, run: number) => Promise<void>

/** Spawn → slide 1 visible, and spawn → the server answers, in seconds; then `after`, if given, on the same server and page. */
async function devStart(browser: Browser, deck: Deck, after?: (server: DevServer, page: Page) => Promise<void>): Promise<{ total: number, answered: number }> {
  const t0 = performance.now()
  const { project } = deck
  const server = await startSlidev(deck.entry, deck.live, project)
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
    })
    try {
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', error => errors.push(error.message))
      page.on('console', message => message.type() === 'error' && errors.push(message.text()))
      await page.goto(`${server.url}/1`, { waitUntil: 'commit' })
      await slideVisible(page, 1, deck.title).catch((error: Error) => {
        throw new Error(`slide 1 of ${deck.entry} in ${project.dir} not shown (${error.message.split('\n')[0]}); the page's errors: ${errors.slice(-5).join(' | ') || 'none'}; the server's last output:\n${server.output().slice(-3000)}`)
      })
      const total = performance.now() - t0
      await after?.(server, page)
      return { total: total / 1000, answered: server.answeredMs / 1000 }
    }
    finally {
      await context.close()
    }
  }
  finally {
    await server.stop()
  }
}

/** A cold start (no pre-bundled dependencies, as after a fresh install), then a warm one (the same start again). */
async function coldAndWarm(browser: Browser, deck: Deck, label: string, log: Log, afterWarm?: (server: DevServer, page: Page) => Promise<void>) {
  await clearDepsCache(deck.project)
  const cold = await devStart(browser, deck)
  const warm = await devStart(browser, deck, afterWarm)
  log(`${label}: cold: server answers ${cold.answered.toFixed(1)} s, slide 1 ${cold.total.toFixed(1)} s; warm: ${warm.answered.toFixed(1)} s, ${warm.total.toFixed(1)} s`)
  return { cold, warm }
}

export async function benchDevStart(browser: Browser, decks: [Deck, Deck], runs: number, warmup: number, log: Log, afterWarmStart?: AfterWarmStart): Promise<Figure[]> {
  const [ours, base] = await alternate(runs, warmup, decks, (deck, run) => coldAndWarm(browser, deck, `dev start ${deck.side} run ${run + 1}`, log, deck.side === 'ours' && afterWarmStart
    ? (server, page) => afterWarmStart(server, page, run)
    : undefined))
  return [
    figure({
      id: 'dev.cold-start',
      name: 'Dev server cold start (no `node_modules/.vite`): spawn → slide 1 visible in Chromium',
      unit: 's',
      samples: ours.map(r => r.cold.total),
      baseline: base.map(r => r.cold.total),
      target: { on: 'ratio', max: 1 },
    }),
    figure({
      id: 'dev.cold-start.server',
      name: 'Dev server cold start: spawn → server answers HTTP',
      unit: 's',
      samples: ours.map(r => r.cold.answered),
      baseline: base.map(r => r.cold.answered),
    }),
    figure({
      id: 'dev.warm-start',
      name: 'Dev server warm start (second start): spawn → slide 1 visible in Chromium',
      unit: 's',
      samples: ours.map(r => r.warm.total),
      baseline: base.map(r => r.warm.total),
      target: { on: 'ratio', max: 1 },
    }),
  ]
}

// ---------------------------------------------------------------- built site

/** A build's JS files, by path from the site root (`assets/...`). */
export interface ImportGraph {
  /** Each file's size gzipped. */
  gzip: Map<string, number>
  /** Mermaid's code: the files only Mermaid's core leads to. */
  mermaid: Set<string>
  /** The files holding Mermaid's core. */
  roots: string[]
}

/** Every JS file of a build, its gzip size, and which of them are Mermaid's code. */
export async function importGraph(outDir: string): Promise<ImportGraph> {
  const files = (await readdir(join(outDir, 'assets'), { recursive: true }))
    .map(f => `assets/${f.split('\\').join('/')}`)
    .filter(f => f.endsWith('.js'))
  const known = new Set(files)
  const edges = new Map<string, string[]>()
  const gzip = new Map<string, number>()
  const roots: string[] = []
  for (const file of files) {
    const code = await readFile(join(outDir, file))
    gzip.set(file, gzipSync(code).length)
    const text = code.toString('utf8')
    // Any quoted name of another chunk: static and dynamic imports (relative
    // to this file) and Vite's preload maps (relative to the site root).
    const named = [
      ...text.matchAll(/["'`]((?:\.{1,2}\/|assets\/)[\w./-]+\.js)["'`]/g),
    ].map(m => m[1]!.startsWith('assets/')
      ? m[1]!
      : posix.normalize(posix.join(posix.dirname(file), m[1]!)))
    edges.set(file, [
      ...new Set(named),
    ].filter(n => known.has(n) && n !== file))
    // Mermaid's core, wherever the bundler put it (its own chunk, or inlined into Slidev's Mermaid component).
    if (text.includes('registerExternalDiagrams'))
      roots.push(file)
  }
  const reach = (from: string[], stop: Set<string> = new Set()) => {
    const seen = new Set<string>()
    const stack = from.filter(f => !stop.has(f))
    while (stack.length) {
      const n = stack.pop()!
      if (seen.has(n))
        continue
      seen.add(n)
      stack.push(...(edges.get(n) ?? []).filter(f => !stop.has(f)))
    }
    return seen
  }
  const html = await readFile(join(outDir, 'index.html'), 'utf8')
  const entries = [
    ...html.matchAll(/(?:src|href)="\/?(assets\/[\w./-]+\.js)"/g),
  ].map(m => m[1]!)
  // Mermaid's code: what only the Mermaid core leads to; chunks the rest of the app also reaches do not count.
  const rest = reach(entries, new Set(roots))
  const mermaid = new Set([
    ...reach(roots),
  ].filter(f => !rest.has(f)))
  return { gzip, mermaid, roots }
}

/** One visit to a built site: slide 1's time and the JavaScript before it. */
interface SiteVisit {
  visibleMs: number
  /** Gzip bytes and count of the JS files loaded before slide 1 was visible. */
  bytes: number
  requests: number
}

/** JS files (asset names) the page has loaded, those done by `beforeMs` if given. */
async function loadedJs(page: Page, beforeMs?: number): Promise<string[]> {
  const entries = await page.evaluate(() => performance.getEntriesByType('resource').map(e => ({ name: e.name, end: (e as PerformanceResourceTiming).responseEnd })))
  return [
    ...new Set(entries
      .filter(e => beforeMs === undefined || e.end <= beforeMs)
      .map(e => new URL(e.name).pathname.replace(/^\//, ''))
      .filter(p => p.endsWith('.js'))),
  ]
}

/** Mermaid's code (gzip bytes) a visit loads: once slide 1 has settled, and on top of that on the first diagram slide. */
async function mermaidLoads(page: Page, graph: ImportGraph, deck: Deck, log: Log): Promise<{ first: number, diagram: number }> {
  const size = (files: string[]) => files.reduce((n, f) => n + graph.gzip.get(f)!, 0)
  await page.waitForLoadState('networkidle')
  const settled = await loadedJs(page)
  const early = settled.filter(f => graph.mermaid.has(f))
  if (early.length)
    log(`built site ${deck.side}: Mermaid chunks loaded on slide 1: ${early.join(', ')}`)
  let diagram = 0
  if (deck.diagramSlide) {
    // Within the page, as the router would go there, so that what loads counts against what was loaded.
    await page.evaluate((path) => {
      if (path.startsWith('/#')) {
        location.hash = path.slice(1)
      }
      else {
        history.pushState(history.state, '', path)
        dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
      }
    }, slidePath(deck, deck.diagramSlide))
    const svg = deck.side === 'ours'
      ? '[data-waitfor] svg'
      : '.mermaid svg'
    await page.locator(`.slidev-page-${deck.diagramSlide} ${svg}`).first().waitFor({ state: 'visible', timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    const after = await loadedJs(page)
    diagram = size(after.filter(f => graph.mermaid.has(f) && !settled.includes(f)))
  }
  return {
    first: size(early),
    diagram,
  }
}

/** A build to visit: the deck it was made from, and its folder. */
interface BuiltSite {
  deck: Deck
  outDir: string
}

/** How a build's URLs name a slide: `versus build` uses hash routes, a plain `slidev build` Slidev's default history routes. */
function slidePath(deck: Deck, no: number): string {
  return deck.project.bin
    ? `/${no}`
    : `/#/${no}`
}

/**
 * Visits each site's slide 1 in turn, `runs` pairs after `warmup` uncounted ones,
 * each in a fresh browser context; `firstVisit` runs on the first counted visit of
 * each, once slide 1 is timed, on the same page.
 */
async function visitSlideOne(browser: Browser, sites: [BuiltSite, BuiltSite], runs: number, warmup: number, log: Log, label: string, firstVisit?: (page: Page, site: BuiltSite, graph: ImportGraph) => Promise<string>): Promise<[SiteVisit[], SiteVisit[]]> {
  const served = await Promise.all(sites.map(async site => ({
    site,
    server: await serveStatic(site.outDir, ROOT),
    graph: await importGraph(site.outDir),
  })))
  try {
    const bySide = new Map(served.map(s => [s.site.deck.side, s]))
    return await alternate(runs, warmup, [sites[0].deck, sites[1].deck], async (deck, run) => {
      const { site, server, graph } = bySide.get(deck.side)!
      // A fresh context each run: empty cache, as for a first visit.
      const context = await browser.newContext({
        viewport: { width: 1280, height: 720 },
      })
      try {
        const page = await context.newPage()
        // Time to slide 1, measured in the page: the first animation frame in
        // which slide 1 is visible and shows the deck's title, since navigation start.
        await page.addInitScript((title: string) => {
          const w = window as unknown as { __benchVisible?: number }
          const check = () => {
            const el = document.querySelector<HTMLElement>('.slidev-page-1')
            if (el && el.checkVisibility() && (el.textContent ?? '').includes(title))
              w.__benchVisible = performance.now()
            else
              requestAnimationFrame(check)
          }
          requestAnimationFrame(check)
        }, deck.title)
        await page.goto(`${server.url}${slidePath(deck, 1)}`, { waitUntil: 'commit' })
        const handle = await page.waitForFunction(() => (window as unknown as { __benchVisible?: number }).__benchVisible, undefined, { timeout: 60_000 })
        const visibleMs = await handle.jsonValue() as number
        const first = await loadedJs(page, visibleMs)
        const visit: SiteVisit = {
          visibleMs,
          bytes: first.reduce((n, f) => n + (graph.gzip.get(f) ?? 0), 0),
          requests: first.length,
        }
        if (run <= 0) {
          const more = run === 0 && firstVisit
            ? await firstVisit(page, site, graph)
            : ''
          log(`${label} ${deck.side}: slide 1 after ${visibleMs.toFixed(0)} ms, ${first.length} JS files, ${(visit.bytes / 1000).toFixed(1)} kB gzip${more}`)
        }
        return visit
      }
      finally {
        await context.close()
      }
    })
  }
  finally {
    await Promise.all(served.map(s => s.server.close()))
  }
}

/** The two slide-1 figures of a pair of sites: JS before slide 1, and the time to it. */
function slideOneFigures(ours: SiteVisit[], base: SiteVisit[], id: string, name: string): Figure[] {
  return [
    figure({
      id: `${id}.js-before-slide-1`,
      name: `${name}: JS loaded before slide 1 is visible (gzip)`,
      unit: 'bytes',
      samples: ours.map(r => r.bytes),
      baseline: base.map(r => r.bytes),
      target: { on: 'ratio', max: 1.1 },
      note: `Files: ours ${ours[0]!.requests}, baseline ${base[0]!.requests}. Sizes are each file gzipped (zlib level 6) from the build output.`,
    }),
    figure({
      id: `${id}.time-to-slide-1`,
      name: `${name}: navigation start → slide 1 visible`,
      unit: 'ms',
      samples: ours.map(r => r.visibleMs),
      baseline: base.map(r => r.visibleMs),
      target: { on: 'ratio', max: 1 },
    }),
  ]
}

export async function benchBuiltSite(browser: Browser, decks: [Deck, Deck], outDirs: Record<Deck['side'], string>, runs: number, warmup: number, log: Log): Promise<Figure[]> {
  const site = (deck: Deck): BuiltSite => ({ deck, outDir: outDirs[deck.side] })
  const graphs = new Map<Deck['side'], ImportGraph>()
  // Which Mermaid chunks a visit loads is the same on every visit: looked at
  // once per deck, so that the other runs time slide 1 and nothing else.
  const mermaid = new Map<Deck['side'], { first: number, diagram: number }>()
  const [ours, base] = await visitSlideOne(browser, [
    site(decks[0]),
    site(decks[1]),
  ], runs, warmup, log, 'built site', async (page, site, graph) => {
    graphs.set(site.deck.side, graph)
    const load = await mermaidLoads(page, graph, site.deck, log)
    mermaid.set(site.deck.side, load)
    return `; Mermaid ${(load.first / 1000).toFixed(1)} kB on slide 1, ${(load.diagram / 1000).toFixed(1)} kB more on slide ${site.deck.diagramSlide}`
  })
  const mermaidNote = `Mermaid's code: the chunks reached only through Mermaid's core (${decks.map((d) => {
    const graph = graphs.get(d.side)!
    return `${d.side}: ${graph.mermaid.size} chunks, ${([...graph.mermaid].reduce((n, f) => n + graph.gzip.get(f)!, 0) / 1000).toFixed(0)} kB gzip`
  }).join('; ')}).`
  const load = (side: Deck['side']) => mermaid.get(side)!
  return [
    ...slideOneFigures(ours, base, 'site', 'Built site'),
    figure({
      id: 'site.mermaid-on-slide-1',
      name: 'Built site: Mermaid JS loaded on slide 1 (gzip)',
      unit: 'bytes',
      samples: [load('ours').first],
      baseline: [load('baseline').first],
      ratio: false,
      target: { on: 'value', max: 0 },
      note: mermaidNote,
    }),
    figure({
      id: 'site.mermaid-on-diagram-slide',
      name: `Built site: Mermaid JS loaded on the first diagram slide (gzip)`,
      unit: 'bytes',
      samples: [load('ours').diagram],
      baseline: [load('baseline').diagram],
      ratio: false,
      note: `Slide ${decks[0].diagramSlide} (ours) and ${decks[1].diagramSlide} (baseline); more than 0 means Mermaid is fetched when a diagram is shown.`,
    }),
  ]
}
