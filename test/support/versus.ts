import type { Io } from '../../scripts/cli/command.ts'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { versus } from '../../scripts/cli/main.ts'

// Two ways to run `versus`: in this process, as the tests of what a command
// does run it (a Node start costs 0.5-1 s, the command itself milliseconds),
// and as the bin in a Node of its own, for the tests that the bin works.

export const ROOT = join(import.meta.dirname, '..', '..')
export const BIN = join(ROOT, 'scripts', 'versus.ts')

/** What a run printed, as the bin would print it, and its exit code. */
export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

// Commands read their paths from the working directory, which the whole
// process shares: in-process runs take turns, and each gets it back as it was.
let turn: Promise<unknown> = Promise.resolve()

/** `versus ...argv` from `cwd`, in this process. */
export function runVersus(argv: string[], cwd = ROOT): Promise<Run> {
  const run = turn.then(async () => {
    const printed = { stdout: '', stderr: '' }
    const io: Io = {
      out: line => void (printed.stdout += `${line}\n`),
      err: line => void (printed.stderr += `${line}\n`),
    }
    const previous = process.cwd()
    process.chdir(cwd)
    try {
      const code = await versus(argv, io)
      return { code, ...printed }
    }
    finally {
      process.chdir(previous)
    }
  })
  turn = run.catch(() => {})
  return run
}

/** `versus ...argv` from `cwd`, as the bin in a Node of its own (the one running the tests, 24 when started through npm). */
export function spawnVersus(argv: string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...argv], { cwd, encoding: 'utf8', timeout: 20_000 }, (error, stdout, stderr) => {
      // An exit code, or null when it was killed (the timeout) or never started.
      const code = error === null
        ? 0
        : typeof error.code === 'number'
          ? error.code
          : null
      resolve({ code, stdout, stderr })
    })
  })
}
