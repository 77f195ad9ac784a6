import type { ChildProcess } from 'node:child_process'
import type { Socket } from 'node:net'
import { once } from 'node:events'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { spawnWithLifeline } from '../scripts/slidev-server.ts'
import { waitAtMost } from '../scripts/wait.ts'

// The lifeline of the servers versus starts (exit-with-parent.ts): closing the
// parent's end of the pipe on fd 3 is what the child sees when the parent dies.

const FIXTURES = join(import.meta.dirname, 'fixtures', 'lifeline')
let child: ChildProcess | undefined

afterEach(() => {
  child?.kill('SIGKILL')
})

/** The child's exit code once its end of the pipe is cut, or null if it is still running 5 s later. */
async function endsWhenCut(script: string, args: string[] = []): Promise<number | null> {
  child = spawnWithLifeline(script, args)
  child.stdout!.setEncoding('utf8')
  const [first] = await once(child.stdout!, 'data') as [string]
  expect(first).toBe('ready\n')
  ;(child.stdio[3] as Socket).destroy()
  await waitAtMost(once(child, 'exit'), 5000)
  return child.exitCode
}

describe('exit-with-parent', () => {
  it('ends the child when the pipe closes', async () => {
    expect(await endsWhenCut('-e', ['process.stdout.write("ready\\n"); setInterval(() => {}, 1000)'])).toBe(0)
  })

  it('ends it also when it has a worker thread and its main thread is busy', async () => {
    // A worker runs the child's --import preloads too: when a lifeline in the worker saw the pipe
    // close first, it closed fd 3, the one the main thread's lifeline was waiting on.
    expect(await endsWhenCut(join(FIXTURES, 'busy-with-worker.mjs'))).toBe(0)
  })
})
