import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../browser/harness.ts'

// Suites that fail on purpose (test/fixtures/suites), run by a vitest of their
// own: the closing line counts their failures, and none of them leaves a
// process behind.

const VITEST = join(createRequire(import.meta.url).resolve('vitest/package.json'), '..', 'vitest.mjs')
let dir: string
let run: { code: number, stdout: string, pids: number[] }

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch {
    return false
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'versus-suites-'))
  const pidFile = join(dir, 'pids')
  const { code, stdout } = await new Promise<{ code: number, stdout: string }>((resolve) => {
    execFile(process.execPath, [
      VITEST,
      'run',
      '--config',
      'test/fixtures/suites/vitest.config.ts',
    ], {
      cwd: ROOT,
      env: { ...process.env, VERSUS_ROOT: ROOT, VERSUS_PIDS: pidFile },
    }, (error, out) => resolve({
      code: error
        ? Number(error.code ?? 1)
        : 0,
      stdout: out,
    }))
  })
  const pids = (await readFile(pidFile, 'utf8').catch(() => '')).split('\n').filter(Boolean).map(Number)
  run = { code, stdout, pids }
}, 180_000)

afterAll(() => rm(dir, { recursive: true, force: true }))

describe('the suite summary', () => {
  it('counts a suite whose setup failed, and a file that could not load, as failed', () => {
    expect(run.code).toBe(1)
    expect(run.stdout.trim().split('\n').at(-1)).toBe('1 passed, 2 failed, 2 skipped')
  })
})

describe('a run that fails partway', () => {
  it('leaves no dev server behind: neither one whose suite failed in setup nor one a test forgot to stop', async () => {
    expect(run.pids).toHaveLength(2)
    await expect.poll(() => run.pids.filter(alive), { timeout: 10_000 }).toEqual([])
  })
})
