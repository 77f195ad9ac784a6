import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { serially } from '../scripts/serially.ts'

/** A task that takes `ms` and records when each run started and ended. */
function recorded(ms: number) {
  const runs: { start: number, end: number }[] = []
  let busy = false
  let overlapped = false
  const task = async () => {
    overlapped ||= busy
    busy = true
    const start = performance.now()
    await sleep(ms)
    busy = false
    runs.push({
      start,
      end: performance.now(),
    })
  }
  return {
    task,
    runs,
    overlapped: () => overlapped,
  }
}

describe('serially', () => {
  it('runs the task once more after the run under way, however many calls came meanwhile', async () => {
    const { task, runs, overlapped } = recorded(30)
    const { run } = serially(task)
    const calls = [
      run(),
    ]
    await sleep(5)
    for (let i = 0; i < 5; i++)
      calls.push(run())
    await Promise.all(calls)
    expect(runs).toHaveLength(2)
    expect(overlapped()).toBe(false)
    // Settled only once the run they asked for is done.
    expect(runs[1]!.end).toBeLessThanOrEqual(performance.now())
  })

  it('starts a run no sooner than the gap after the last one ended', async () => {
    const { task, runs } = recorded(5)
    const { run } = serially(task, 60)
    await run()
    await run()
    const last = run()
    // Asked for while waiting out the gap, before the run has read anything: the same run answers it.
    await sleep(20)
    await Promise.all([
      last,
      run(),
    ])
    expect(runs).toHaveLength(3)
    expect(runs[1]!.start - runs[0]!.end).toBeGreaterThanOrEqual(60)
    expect(runs[2]!.start - runs[1]!.end).toBeGreaterThanOrEqual(60)
  })

  it('is idle once the run under way and the one asked for after it are done', async () => {
    const { task, runs } = recorded(20)
    const serial = serially(task)
    await serial.idle()
    void serial.run()
    void serial.run()
    await serial.idle()
    expect(runs).toHaveLength(2)
  })

  it('goes on after a task that failed', async () => {
    let n = 0
    const { run } = serially(async () => {
      n++
      if (n === 1)
        throw new Error('first')
    })
    await expect(run()).rejects.toThrow('first')
    await run()
    expect(n).toBe(2)
  })
})
