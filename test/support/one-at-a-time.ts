import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'

// A lock across processes: test suites run in several workers, and what
// they share (support/shared.ts) is made by one of them while the others wait.

/** A lock whose holder died (or never wrote its pid within this long) is taken over. */
const STALE_MS = 10_000

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function stale(lock: string): Promise<boolean> {
  const pid = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''))
  if (pid)
    return !alive(pid)
  const made = await stat(lock).then(s => s.mtimeMs, () => null)
  return made !== null && Date.now() - made > STALE_MS
}

/** Runs `task` while holding `lock` (a directory: making one is atomic), waiting for any other holder first. */
export async function oneAtATime<T>(task: () => Promise<T>, lock: string): Promise<T> {
  for (;;) {
    try {
      await mkdir(lock)
      break
    }
    catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw error
      if (await stale(lock))
        await rm(lock, { recursive: true, force: true })
      else
        await sleep(100)
    }
  }
  try {
    await writeFile(join(lock, 'pid'), String(process.pid))
    return await task()
  }
  finally {
    await rm(lock, { recursive: true, force: true })
  }
}
