import type { LiveResult } from '../scripts/live-worker.ts'
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

// The live-data plugin's worker (scripts/live-worker.ts), on a real thread.

const ROOT = join(import.meta.dirname, '..')
const WORKER = new URL('../scripts/live-worker.ts', import.meta.url)

let dir: string
let worker: Worker | undefined
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'versus-live-worker-'))
})
afterEach(async () => {
  await worker?.terminate()
  await rm(dir, { recursive: true, force: true })
})

function regenerate(w: Worker): Promise<LiveResult> {
  const reply = new Promise<LiveResult>((resolve, reject) => {
    w.once('message', resolve)
    w.once('error', reject)
  })
  w.postMessage(null)
  return reply
}

describe('live worker', () => {
  it('regenerates the deck on each request', async () => {
    const data = join(dir, 'deck.yaml')
    const out = join(dir, 'deck.md')
    await copyFile(join(ROOT, 'data', 'node-vs-django.yaml'), data)
    worker = new Worker(WORKER, {
      workerData: { data, out },
    })
    expect(await regenerate(worker)).toEqual({ ok: true, outputs: out })
    expect(await readFile(out, 'utf8')).toContain('Node.js vs Django')
    expect(await regenerate(worker)).toEqual({ ok: true, outputs: out })
  })

  it('reports an invalid dataset\'s errors as text, and leaves the deck alone', async () => {
    const data = join(dir, 'deck.yaml')
    const out = join(dir, 'deck.md')
    await copyFile(join(ROOT, 'test', 'fixtures', 'invalid', 'duplicate-aspect-id.yaml'), data)
    worker = new Worker(WORKER, {
      workerData: { data, out },
    })
    const result = await regenerate(worker)
    expect(result.ok).toBe(false)
    expect(result.ok || result.errors.join('\n')).toMatch(/aspect/i)
    await expect(readFile(out, 'utf8')).rejects.toThrow()
  })
})
