import type { ViteDevServer } from 'vite'
import { watch } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { createServer } from 'vite'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { liveData } from '../scripts/live-data.ts'
import { workerThreads } from './support/threads.ts'

// The live-data plugin in Vite's own dev server, whose file watcher reports a
// change of a file at most once per 50 ms and drops the changes in between.

const DATASET = await readFile(join(import.meta.dirname, '..', 'data', 'node-vs-django.yaml'), 'utf8')
const titled = (title: string) => DATASET.replace(/^title: .*$/m, `title: "${title}"`)
const deckTitle = (deck: string) => /^"title": "(.*)"$/m.exec(deck)?.[1]

let dir: string
let data: string
let out: string
let server: ViteDevServer | undefined

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'versus-live-data-'))
  data = join(dir, 'deck.yaml')
  out = join(dir, 'deck.md')
  await writeFile(data, titled('Start'))
  server = await createServer({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    server: { middlewareMode: true },
    plugins: [
      liveData({ data, out }),
    ],
  })
  await vi.waitFor(() => expect(server!.watcher.getWatched()[dir]).toContain('deck.yaml'), { timeout: 10_000 })
  // The first regeneration, which warms the generator up.
  await writeFile(data, titled('Warm'))
  await vi.waitFor(async () => expect(deckTitle(await readFile(out, 'utf8'))).toBe('Warm'), { timeout: 10_000 })
})

afterEach(async () => {
  await server?.close()
  server = undefined
  await rm(dir, { recursive: true, force: true })
})

describe('liveData', () => {
  it('makes a second save the watcher did not report, once the first is made', async () => {
    const reported = vi.fn()
    server!.watcher.on('change', reported)
    const regenerated = vi.spyOn(server!.config.logger, 'info')
    await sleep(100)
    await writeFile(data, titled('First'))
    await vi.waitFor(() => expect(reported).toHaveBeenCalled(), { timeout: 5000, interval: 1 })
    // The regeneration has read the first save by now; the watcher is still quiet.
    await sleep(25)
    await writeFile(data, titled('Second'))
    await vi.waitFor(async () => expect(deckTitle(await readFile(out, 'utf8'))).toBe('Second'), { timeout: 5000 })
    // Nothing more once the dataset stays as it is. (A save can be made twice:
    // the plugin looks at the dataset, then its worker reads it.)
    const runs = () => regenerated.mock.calls.filter(([message]) => message.includes('regenerated')).length
    await sleep(300)
    const settled = runs()
    expect(settled).toBeGreaterThanOrEqual(2)
    await sleep(300)
    expect(runs()).toBe(settled)
  })

  it('writes the deck no sooner than 50 ms after its last write, so that the watcher reports each one to Slidev', async () => {
    const writes: number[] = []
    // fs.watch, unlike the watcher, reports every rename of the deck into place.
    const deckWatch = watch(dir, (_, file) => {
      if (file === 'deck.md')
        writes.push(performance.now())
    })
    try {
      await sleep(100)
      for (let n = 1; n <= 6; n++) {
        await writeFile(data, titled(`Save ${n}`))
        await sleep(50)
      }
      await vi.waitFor(async () => expect(deckTitle(await readFile(out, 'utf8'))).toBe('Save 6'), { timeout: 5000 })
      await sleep(200)
    }
    finally {
      deckWatch.close()
    }
    const gaps = writes.slice(1).map((t, i) => t - writes[i]!).filter(gap => gap > 5)
    expect(gaps.length).toBeGreaterThan(1)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50)
  })

  // The page's signal that starts it sooner is tested in the dev server
  // (test/browser/live-and-stress.test.ts).
  it.runIf(process.platform === 'linux')('starts its generator at the first save, not as the server starts', async () => {
    const own = join(dir, 'own.yaml')
    const ownDeck = join(dir, 'own.md')
    await writeFile(own, titled('Own'))
    const before = workerThreads()
    const lazy = await createServer({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      server: { middlewareMode: true },
      plugins: [
        liveData({ data: own, out: ownDeck }),
      ],
    })
    try {
      await vi.waitFor(() => expect(lazy.watcher.getWatched()[dir]).toContain('own.yaml'), { timeout: 10_000 })
      await sleep(300)
      expect(workerThreads()).toBe(before)
      await writeFile(own, titled('Saved'))
      await vi.waitFor(async () => expect(deckTitle(await readFile(ownDeck, 'utf8').catch(() => ''))).toBe('Saved'), { timeout: 10_000 })
      expect(workerThreads()).toBe(before + 1)
    }
    finally {
      await lazy.close()
    }
  })
})
