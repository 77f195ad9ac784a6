import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { oneAtATime } from './one-at-a-time.ts'

let dir: string
let lock: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'versus-lock-'))
  lock = join(dir, 'export.lock')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('oneAtATime', () => {
  it('runs tasks that ask at once one after the other, and frees the lock', async () => {
    const events: string[] = []
    const task = (name: string) => async () => {
      events.push(`${name} start`)
      await sleep(150)
      events.push(`${name} end`)
      return name
    }
    expect(await Promise.all([
      oneAtATime(task('a'), lock),
      oneAtATime(task('b'), lock),
    ])).toEqual(['a', 'b'])
    // Either may get the lock first (two mkdir calls race); they never overlap.
    expect([
      ['a start', 'a end', 'b start', 'b end'],
      ['b start', 'b end', 'a start', 'a end'],
    ]).toContainEqual(events)
    await expect(stat(lock)).rejects.toThrow()
  })

  it('frees the lock when the task fails', async () => {
    await expect(oneAtATime(() => Promise.reject(new Error('boom')), lock)).rejects.toThrow('boom')
    expect(await oneAtATime(async () => 'next', lock)).toBe('next')
  })

  it('takes over a lock whose holder has exited', async () => {
    const child = spawn(process.execPath, ['-e', ''])
    await new Promise(resolve => child.once('exit', resolve))
    await mkdir(lock)
    await writeFile(join(lock, 'pid'), String(child.pid))
    expect(await oneAtATime(async () => 'ran', lock)).toBe('ran')
  })

  it('waits for a live holder, and takes over a lock left without a holder long ago', async () => {
    await mkdir(lock)
    await writeFile(join(lock, 'pid'), String(process.pid))
    const waiting = oneAtATime(async () => 'ran', lock)
    const raced = await Promise.race([
      waiting,
      sleep(400).then(() => 'still waiting'),
    ])
    expect(raced).toBe('still waiting')
    await rm(join(lock, 'pid'))
    const old = new Date(Date.now() - 60_000)
    await utimes(lock, old, old)
    expect(await waiting).toBe('ran')
  })
})
