import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/slidev-server.ts'
import { ROOT } from './harness.ts'

// `npm run dev` as a process: `versus dev` generates the deck and runs Slidev's
// server as its child. However `versus dev` ends, the server ends with it.

const NAME = '.test-dev-command'
let tmp: string | undefined
let versus: ChildProcess | undefined
async function until(check: () => boolean | Promise<boolean>, what: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while (!await check()) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

afterAll(async () => {
  // versus dev and its server are a process group of their own: whatever the test left, this ends it.
  if (versus?.pid) {
    try {
      process.kill(-versus.pid, 'SIGKILL')
    }
    catch {}
  }
  await rm(join(ROOT, `${NAME}.md`), { force: true })
  if (tmp)
    await rm(tmp, { recursive: true, force: true })
})

describe('versus dev', () => {
  it('serves the deck, and its Slidev server ends when versus dev is killed', async () => {
    tmp = await mkdtemp(join(tmpdir(), 'versus-dev-command-'))
    const data = join(tmp, `${NAME}.yaml`)
    await copyFile(join(ROOT, 'test', 'fixtures', 'valid', 'minimal.yaml'), data)
    const port = await freePort()
    versus = spawn(process.execPath, [
      join(ROOT, 'scripts', 'versus.ts'),
      'dev',
      '--data',
      data,
      '--port',
      String(port),
    ], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let output = ''
    versus.stdout!.on('data', (d: Uint8Array) => (output += d))
    versus.stderr!.on('data', (d: Uint8Array) => (output += d))
    const url = `http://127.0.0.1:${port}`
    await until(async () => {
      expect(versus!.exitCode, output).toBeNull()
      return fetch(url).then(r => r.ok, () => false)
    }, `versus dev to serve on port ${port}`, 60_000)

    // SIGKILL, to versus dev alone: it gets no chance to stop its child itself.
    versus.kill('SIGKILL')
    await until(async () => !await fetch(url).then(r => r.ok, () => false), 'the Slidev server to stop answering', 10_000)
  })
})
