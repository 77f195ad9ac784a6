import type { Plugin } from 'vite'
import type { LiveOptions } from './live-options.ts'
import type { LiveResult } from './live-worker.ts'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { Worker } from 'node:worker_threads'
import { DECK_SHOWN } from './deck-shown.ts'
import { serially, WATCHER_QUIET_MS } from './serially.ts'
import { waitAtMost } from './wait.ts'

/** When the generator starts if no page has shown a slide nor the dataset been saved: a cold start shows slide 1 in 6 to 8 s on two cores. */
const START_ANYWAY_MS = 15_000

/**
 * While `slidev` serves a generated deck (or a deck that imports generated
 * sections), regenerate it on every save of its dataset. Slidev then
 * hot-reloads the changed slides; an invalid save prints its errors and
 * leaves the last good deck on screen. Without options it does nothing.
 */
export function liveData(options: LiveOptions | undefined): Plugin {
  let stop: (() => Promise<void>) | undefined
  return {
    name: 'versus:live-data',
    apply: 'serve',
    // Vite awaits this as the server closes (on SIGTERM too, before it exits).
    async buildEnd() {
      await stop?.()
    },
    configureServer(server) {
      if (!options)
        return
      // The generator runs in a worker (live-worker.ts), started by a URL rather
      // than imported: Vite bundles vite.config.ts at every Slidev start, build
      // and export, and few of them regenerate. Loading and warming it up take
      // about half a second of CPU, which a deck opening on two cores shares
      // with Vite and the browser: it starts once the page shows a slide
      // (deck-shown.ts), at the first save if that comes sooner, and on its own
      // if no page has shown one after a while.
      let worker: Worker | undefined
      let stopped: Error | undefined
      const started = () => worker ??= startWorker()
      function startWorker(): Worker {
        const worker = new Worker(new URL('./live-worker.ts', import.meta.url), { workerData: options })
        worker.unref()
        worker.on('error', (error) => {
          stopped = error
          server.config.logger.error(`versus: the generator stopped; restart the dev server to regenerate on save. ${error.stack ?? error.message}`)
        })
        return worker
      }
      server.hot.on(DECK_SHOWN, started)
      const fallback = setTimeout(started, START_ANYWAY_MS).unref()
      /** One regeneration in the worker (one at a time: see the queue below). */
      const run = () => new Promise<LiveResult>((resolve, reject) => {
        // A stopped worker would never answer.
        if (stopped)
          return reject(stopped)
        const worker = started()
        function done(result: LiveResult) {
          worker.off('error', failed)
          resolve(result)
        }
        function failed(error: Error) {
          worker.off('message', done)
          reject(error)
        }
        worker.once('message', done)
        worker.once('error', failed)
        worker.postMessage(null)
      })
      const source = options.data
      const data = resolve(source)
      server.watcher.add(data)
      const stamp = () => stat(data).then(st => `${st.size}:${st.mtimeMs}`, () => '')
      /** The dataset as the deck was last made from it (or as the server found it). */
      let made = stamp()
      let timer: ReturnType<typeof setTimeout> | undefined
      let closing = false
      // One at a time, each write of the deck spaced so that the watcher reports it to Slidev.
      const regenerations = serially(() => regenerate().catch((error: Error) => server.config.logger.error(`versus: ${error.message}`)), WATCHER_QUIET_MS)
      async function regenerate(): Promise<void> {
        made = stamp()
        const before = await made
        const result = await run()
        if (result.ok) {
          server.config.logger.info(`versus: ${result.outputs} regenerated from ${source}`, { timestamp: true })
          // Vite's watcher reports no change of a file within 50 ms of the last (serially.ts): a save
          // made while this one was read may never be reported. Look once the watcher would report it.
          setTimeout(async () => {
            if (!closing && await stamp() !== await made)
              void regenerations.run()
          }, WATCHER_QUIET_MS).unref()
          return
        }
        // An in-place save can be read half-written, and the watcher may drop the
        // event for the finished write: look again before reporting the errors.
        await sleep(100)
        if (await stamp() !== before)
          return regenerate()
        for (const error of result.errors)
          server.config.logger.error(error)
        server.config.logger.warn(`versus: ${result.outputs} kept as it was; fix the data and save again.`)
      }
      // A regeneration stopped between writing its temporary file and renaming
      // it (fs.ts writeAtomically) would leave that file beside the deck: the
      // one under way finishes first, and a save the watcher has not reported
      // yet is made too, for a few seconds at most.
      stop = async () => {
        closing = true
        clearTimeout(timer)
        clearTimeout(fallback)
        const last = regenerations.idle().then(async () => {
          if (await stamp() !== await made)
            await regenerations.run()
        })
        await waitAtMost(last, 3000)
        await worker?.terminate()
      }
      server.watcher.on('change', (file) => {
        if (closing || resolve(file) !== data)
          return
        // Settle the events of one save (truncate, then write).
        clearTimeout(timer)
        timer = setTimeout(regenerations.run, 10)
      })
    },
  }
}
