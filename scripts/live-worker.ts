import type { LiveOptions } from './live-options.ts'
import { parentPort, workerData } from 'node:worker_threads'
import { formatError } from './dataset/errors.ts'
import { generate, outputsOf } from './generate.ts'

// The live-data plugin's generator, on a thread of its own, which the plugin
// starts once the page shows a slide (live-data.ts): loading it and its first
// run (V8 compiling the renderers; Shiki, when the examples' code is not in
// the colour cache) take about half a second of CPU, here beside Vite, before
// the first save rather than in it. At normal priority: it runs right after
// the first slide shows, while Vite prepares the others and the page loads
// them; at the lowest it waited behind them, and so did a save made then.

/** A regeneration's outcome, as the plugin reports it: what was written, or why not. */
export type LiveResult
  = | { ok: true, outputs: string }
    | { ok: false, outputs: string, errors: string[] }

const options = workerData as LiveOptions

// Warm up without writing: `check` only compares.
const warm = generate({ ...options, check: true }).catch(() => undefined)

parentPort!.on('message', async () => {
  await warm
  const result = await generate(options)
  const outputs = outputsOf(options)
  const reply: LiveResult = result.status === 'invalid'
    ? {
        ok: false,
        outputs,
        errors: result.errors.map(formatError),
      }
    : { ok: true, outputs }
  parentPort!.postMessage(reply)
})
