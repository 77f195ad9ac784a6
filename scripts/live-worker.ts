import type { LiveOptions } from './live-options.ts'
import { parentPort, workerData } from 'node:worker_threads'
import { lowestPriority } from './lowest-priority.ts'

// The live-data plugin's generator, on a thread of its own: loading it, and
// the first run (V8 compiling the renderers; Shiki, when the examples' code
// is not in the colour cache), take time that would otherwise hold up Vite as
// the deck opens, or the first save after it. Here that happens beside Vite,
// once, at start.

/** A regeneration's outcome, as the plugin reports it: what was written, or why not. */
export type LiveResult
  = | { ok: true, outputs: string }
    | { ok: false, outputs: string, errors: string[] }

const options = workerData as LiveOptions

// Loading the generator and the warm-up cost about 0.5 s of CPU while the
// deck opens (0.9 s when Shiki runs), beside Vite and the browser: on two
// cores, before the colour cache, a cold dev start of the default deck took
// 0.3 to 0.6 s longer with them than without. At the
// lowest priority (set before the generator loads) the thread takes the CPU
// they leave; a regeneration, when a save comes, rarely finds them busy.
lowestPriority()
const [{ formatError }, { generate, outputsOf }] = await Promise.all([
  import('./dataset/errors.ts'),
  import('./generate.ts'),
])

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
