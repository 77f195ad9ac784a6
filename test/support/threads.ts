import { readdirSync, readFileSync } from 'node:fs'

/**
 * How many worker_threads a process runs, by the name Node gives their
 * threads (Linux: proc(5), /proc/<pid>/task/<tid>/comm).
 */
export function workerThreads(pid: number | 'self' = 'self'): number {
  return readdirSync(`/proc/${pid}/task`).filter((tid) => {
    try {
      return readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim() === 'WorkerThread'
    }
    catch {
      // The thread ended between the listing and the read.
      return false
    }
  }).length
}
