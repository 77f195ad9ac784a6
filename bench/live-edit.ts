import type { Browser, Page } from 'playwright-core'
import type { DevServer } from '../scripts/slidev-server.ts'
import type { Figure } from './results.ts'
import { watch } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { parseDocument } from 'yaml'
import { writeAtomically } from '../scripts/fs.ts'
import { generate } from '../scripts/generate.ts'
import { describeDeck, tempDeckPath } from './decks.ts'
import { DEFAULT_DATASET, ROOT } from './generation.ts'
import { figure } from './results.ts'
import { slideVisible, startSlidev } from './slidev-bench.ts'

// Figure group 5: a presenter edits the dataset while `npm run dev` shows the
// deck. The dev server runs on a deck generated from a temporary copy of the
// dataset, so the project's live-data plugin (vite.config.ts) watches that
// copy; each edit changes the first aspect's first cell, which the open
// comparison table slide shows. Latency: from just before the write until the
// first animation frame in which Chromium shows the new text (in-page clock;
// both clocks are this machine's wall clock). Edits are saved both ways
// editors save: in place (truncate, write) and atomically (temporary file,
// rename), each way on a freshly started server: an edit saved as soon as the
// slide shows and the first once the page has loaded the rest of the deck are
// figures of their own; the edits after them make the percentiles.
// When the dev start figures run too, their warm starts of our deck serve the
// edits (liveBench), rather than two more starts of the same server.

/** How the edit reaches the disk: truncate and write in place, or write a temporary file and rename it. */
export type Save = 'in-place' | 'atomic'
export const SAVES: Save[] = ['in-place', 'atomic']

/** An edit not shown by then counts as this long. */
export const EDIT_TIMEOUT_MS = 10_000

/** What one way of saving gave: the latency of the edit saved as the slide shows, of the first once the deck has loaded, and of those after it. */
export interface EditRun {
  atOnce: number
  first: number
  latencies: number[]
  regenerated: number[]
  updated: number[]
  missed: string[]
  reloads: number
}

/** Where the edits go: the dataset a served deck is generated from, and that deck. */
export interface LiveTarget {
  /** The dataset, which the edits change: a copy, never the project's own. */
  data: string
  /** The deck (absolute path), which the live-data plugin rewrites. */
  deck: string
  title: string
}

export interface LiveBench {
  /** `edits` + 2 edits made while `page` shows the deck from `server`, each saved the way `save` says; the first two timed on their own. */
  session: (server: DevServer, page: Page, save: Save) => Promise<EditRun>
  close: () => void
}

/** Edits of the first aspect's first cell, which the comparison table slide shows. */
export async function liveBench(target: LiveTarget, edits: number, log: (line: string) => void): Promise<LiveBench> {
  const { data, deck } = target
  const doc = parseDocument(await readFile(data, 'utf8'))
  const subject = doc.getIn(['subjects', 0, 'id']) as string
  const { tableSlide } = await describeDeck('ours', deck, target.title)
  const deckWrites: number[] = []
  const watcher = watch(ROOT, (_event, file) => file === basename(deck) && deckWrites.push(Date.now()))
  let counter = 0
  const session = async (server: DevServer, page: Page, save: Save): Promise<EditRun> => {
    let reloads = -1
    page.on('load', () => reloads++)
    // Vite's HMR messages to the page, as they arrive: when the server has processed the change.
    // A custom message goes by its event's name (Slidev's `slidev:update-slide`, which the page shows edits from).
    const hmr: { at: number, kind: string }[] = []
    page.on('websocket', ws => ws.on('framereceived', (frame) => {
      const payload = String(frame.payload)
      const kind = /"event":"([\w:-]+)"/.exec(payload)?.[1] ?? /"type":"(\w[\w-]*)"/.exec(payload)?.[1]
      if (kind && kind !== 'connected' && kind !== 'ping') {
        hmr.push({
          at: Date.now(),
          kind,
        })
      }
    }))
    // One edit is saved as soon as the slide shows the cell, while the page
    // still loads the rest of the deck; the others once it is quiet.
    await page.goto(`${server.url}/${tableSlide}`, { waitUntil: 'commit' })
    await slideVisible(page, tableSlide, doc.getIn(['aspects', 0, 'cells', subject]) as string)
    const latencies: number[] = []
    const regenerated: number[] = []
    const updated: number[] = []
    const missed: string[] = []
    let atOnce = Number.NaN
    let first = Number.NaN
    for (let i = -2; i < edits; i++) {
      const label = i === -2
        ? 'at once'
        : i === -1
          ? 'first'
          : String(i + 1)
      const text = `Bench edit ${++counter} ${Math.random().toString(36).slice(2, 8)}`
      doc.setIn(['aspects', 0, 'cells', subject], text)
      const content = doc.toString()
      deckWrites.length = 0
      hmr.length = 0
      const t0 = Date.now()
      if (save === 'in-place') {
        // Truncate and write, as Node's writeFile and many editors do.
        await writeFile(data, content)
      }
      else {
        // Write a temporary file next to it and rename it over the dataset, as "atomic save" editors do.
        await writeAtomically(data, content, counter)
      }
      const seen = await page.waitForFunction(({ no, text }) => {
        const el = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
        return !!el && el.checkVisibility() && (el.textContent ?? '').includes(text) && Date.now()
      }, { no: tableSlide, text }, { polling: 'raf', timeout: EDIT_TIMEOUT_MS }).then(h => h.jsonValue() as Promise<number>, () => undefined)
      // An edit never shown counts as the timeout: the tail figures must not hide it.
      const ms = seen === undefined
        ? EDIT_TIMEOUT_MS
        : seen - t0
      if (seen === undefined) {
        const deckHas = (await readFile(deck, 'utf8')).includes(text)
        const shown = (await page.locator(`.slidev-page-${tableSlide}`).first().textContent().catch(() => null))?.replace(/\s+/g, ' ').slice(0, 100)
        const serverSaid = server.output().split('\n').filter(l => /versus|error/i.test(l)).slice(-2).join(' / ')
        missed.push(`edit ${label}: deck file ${deckHas ? 'has' : 'lacks'} the new text; slide ${tableSlide} shows "${shown}…"; server log: ${serverSaid || 'nothing from versus'}`)
        log(`live edit (${save}): ${missed.at(-1)}`)
        // Let the deck catch up before the next edit, so one miss does not cascade.
        await new Promise(r => setTimeout(r, 1000))
      }
      const deckMs = deckWrites.length
        ? deckWrites[0]! - t0
        : Number.NaN
      const update = hmr.find(m => m.kind === 'slidev:update-slide')
      const updateMs = update
        ? update.at - t0
        : Number.NaN
      if (i === -2) {
        atOnce = ms
      }
      else if (i === -1) {
        first = ms
      }
      else {
        latencies.push(ms)
        regenerated.push(deckMs)
        updated.push(updateMs)
      }
      log(`live edit (${save}) ${label}: deck rewritten after ${deckMs} ms, HMR ${hmr.map(m => `${m.kind} +${m.at - t0}`).join(', ') || 'none'}, shown after ${ms} ms`)
      if (i === -2)
        await page.waitForLoadState('networkidle')
      await new Promise(r => setTimeout(r, 300))
    }
    return {
      atOnce,
      first,
      latencies,
      regenerated,
      updated,
      missed,
      reloads: Math.max(0, reloads),
    }
  }
  return {
    session,
    close: () => watcher.close(),
  }
}

/** The figures of each way of saving. */
export function liveFigures(runs: ReadonlyMap<Save, EditRun>, edits: number): Figure[] {
  const figures: Figure[] = []
  for (const [save, { atOnce, first, latencies, regenerated, updated, missed, reloads }] of runs) {
    const id = save === 'in-place'
      ? 'live.edit'
      : `live.edit.${save}`
    const how = save === 'in-place'
      ? 'saved in place'
      : 'saved atomically (rename)'
    const split = regenerated.filter(Number.isFinite)
    const sent = updated.filter(Number.isFinite)
    const note = [
      `Full page reloads: ${reloads}.`,
      missed.length
        ? `${missed.length} of ${edits} edits not shown within ${EDIT_TIMEOUT_MS / 1000} s, counted as ${EDIT_TIMEOUT_MS / 1000} s: ${missed.join('; ')}.`
        : '',
    ].filter(Boolean).join(' ')
    figures.push(
      figure({
        id: `${id}.at-once`,
        name: `Live edit, dataset ${how} the moment the slide shows, while the page loads the rest of the deck → new text in Chromium`,
        unit: 'ms',
        samples: [atOnce],
      }),
      figure({
        id: `${id}.first`,
        name: `Live edit, dataset ${how}: the first edit after the deck opens (once it has loaded) → new text in Chromium`,
        unit: 'ms',
        samples: [first],
        target: { on: 'value', max: 500 },
      }),
      figure({
        id: `${id}.p50`,
        name: `Live edit, dataset ${how} → new text in Chromium`,
        unit: 'ms',
        samples: latencies,
        target: { on: 'value', max: 200 },
        note,
      }),
      figure({
        id: `${id}.p95`,
        name: `Live edit, dataset ${how} → new text in Chromium`,
        unit: 'ms',
        stat: 'p95',
        samples: latencies,
        target: { on: 'value', max: 400 },
      }),
      figure({
        id: `${id}.missed`,
        name: `Live edit, dataset ${how}: edits never shown`,
        unit: 'count',
        samples: [missed.length],
        target: { on: 'value', max: 0 },
      }),
    )
    if (split.length) {
      figures.push(figure({
        id: `${id}.regenerate`,
        name: `Live edit, dataset ${how} → deck file rewritten by the live-data plugin`,
        unit: 'ms',
        samples: split,
        note: split.length < latencies.length
          ? `Rewrite observed for ${split.length} of ${latencies.length} edits.`
          : undefined,
      }))
    }
    if (sent.length) {
      figures.push(figure({
        id: `${id}.hmr`,
        name: `Live edit, dataset ${how} → Slidev's update of the slide reaches the page`,
        unit: 'ms',
        samples: sent,
        note: sent.length < latencies.length
          ? `Update seen for ${sent.length} of ${latencies.length} edits.`
          : undefined,
      }))
    }
  }
  return figures
}

/** A copy of the default dataset in a temporary folder, for edits; `remove` deletes it. */
export async function datasetCopy(): Promise<{ data: string, remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'versus-bench-live-'))
  const data = join(dir, basename(DEFAULT_DATASET))
  await writeFile(data, await readFile(DEFAULT_DATASET, 'utf8'))
  return {
    data,
    remove: () => rm(dir, { recursive: true, force: true }),
  }
}

/** The live edit figures on their own: a deck of their own, on a fresh server for each way of saving. */
export async function benchLiveEdit(browser: Browser, edits: number, log: (line: string) => void): Promise<Figure[]> {
  const copy = await datasetCopy()
  const deck = tempDeckPath('live')
  let bench: LiveBench | undefined
  try {
    const generated = await generate({ data: copy.data, out: deck })
    if (generated.status !== 'written')
      throw new Error(`generate ${copy.data}: ${generated.status}`)
    const title = parseDocument(await readFile(copy.data, 'utf8')).getIn(['title']) as string
    bench = await liveBench({ data: copy.data, deck, title }, edits, log)
    const runs = new Map<Save, EditRun>()
    for (const save of SAVES) {
      const server = await startSlidev(basename(deck), { data: copy.data, out: deck })
      const context = await browser.newContext({
        viewport: { width: 1280, height: 720 },
      })
      try {
        runs.set(save, await bench.session(server, await context.newPage(), save))
      }
      finally {
        await context.close()
        await server.stop()
      }
    }
    return liveFigures(runs, edits)
  }
  finally {
    bench?.close()
    await rm(deck, { force: true })
    await copy.remove()
  }
}
