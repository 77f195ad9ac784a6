import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'

/** The nice value of a thread that should only take the CPU that others leave. */
export const LOWEST = 19

/**
 * Puts the calling thread (not its process) at the lowest priority, and
 * returns its thread id, or undefined where that cannot be done. Linux only:
 * there the nice value is a thread's own (setpriority(2), "Bugs"), and
 * /proc/thread-self names the thread. A thread cannot raise it again without
 * privileges, so this is for threads that stay in the background.
 */
export function lowestPriority(): number | undefined {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop())
    if (!Number.isInteger(tid))
      return undefined
    setPriority(tid, LOWEST)
    return tid
  }
  catch {
    return undefined
  }
}
