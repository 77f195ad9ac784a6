import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { LOWEST } from '../scripts/lowest-priority.ts'

/** A thread's nice value, as the kernel reports it (proc(5): field 19 of /proc/<pid>/task/<tid>/stat). */
function nice(tid: number | 'self'): number {
  const stat = readFileSync(tid === 'self'
    ? '/proc/thread-self/stat'
    : `/proc/self/task/${tid}/stat`, 'utf8')
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])
}

describe.runIf(process.platform === 'linux')('lowestPriority', () => {
  it('puts the thread that calls it, and only that one, at the lowest priority', async () => {
    const module = join(import.meta.dirname, '..', 'scripts', 'lowest-priority.ts')
    const before = nice('self')
    // The thread stays until terminated, so that its priority can be read.
    const worker = new Worker(`setInterval(() => {}, 60_000); import(${JSON.stringify(module)}).then(m => require('node:worker_threads').parentPort.postMessage(m.lowestPriority()))`, { eval: true })
    try {
      const tid = await new Promise<number | undefined>((resolve, reject) => {
        worker.once('message', resolve)
        worker.once('error', reject)
      })
      expect(tid).toBeTypeOf('number')
      expect(nice(tid!)).toBe(LOWEST)
      expect(nice('self')).toBe(before)
    }
    finally {
      await worker.terminate()
    }
  })
})
