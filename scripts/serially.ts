import { setTimeout as sleep } from 'node:timers/promises'

/**
 * Vite's file watcher (chokidar) drops a change of a file reported within
 * 50 ms of the last one it reported (`_throttle(EV_CHANGE, path, 50)`): a
 * deck written again that soon is never reported, and Slidev keeps showing
 * the one before. Regenerations leave at least this long between writes.
 */
export const WATCHER_QUIET_MS = 60

/** A task run one at a time (see serially). */
export interface Serial {
  /** Asks for a run; settles once the runs asked for so far are done. */
  run: () => Promise<void>
  /** Settles once no run is under way or asked for. */
  idle: () => Promise<void>
}

/**
 * `task`, one run at a time. Calls while a run is under way ask for one more
 * run after it, however many there were; a run starts no sooner than `gapMs`
 * after the last one ended. `task` reports its own errors.
 */
export function serially(task: () => Promise<unknown>, gapMs = 0): Serial {
  let running: Promise<void> | undefined
  let again = false
  let ended = Number.NEGATIVE_INFINITY
  async function loop() {
    do {
      // A timer can fire a fraction of a millisecond early: wait until the gap has passed.
      for (let wait = ended + gapMs - performance.now(); wait > 0; wait = ended + gapMs - performance.now())
        await sleep(wait)
      // Asked for before this run read anything: this run answers it.
      again = false
      try {
        await task()
      }
      finally {
        ended = performance.now()
      }
    } while (again)
  }
  return {
    run() {
      if (running) {
        again = true
        return running
      }
      running = loop().finally(() => (running = undefined))
      return running
    },
    idle: async () => {
      await running?.catch(() => undefined)
    },
  }
}
