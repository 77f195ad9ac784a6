import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../../scripts/generate.ts'
import { freePort } from '../../scripts/slidev-server.ts'
import { until } from '../support/until.ts'
import { ROOT } from './harness.ts'

// `versus dev` and `versus export` run Slidev as their child. However the
// command ends (here SIGKILL, which gives it no chance to stop the child
// itself), Slidev ends with it: a server would serve on and hold its port, an
// export would run on with its browser.

const NAME = '.test-killed-commands'
let tmp: string
const started: ChildProcess[] = []

/** `versus <args>` in a process group of its own, so that the test can end whatever it leaves. */
function versus(args: string[]): { child: ChildProcess, output: () => string } {
  const child = spawn(process.execPath, [
    join(ROOT, 'scripts', 'versus.ts'),
    ...args,
  ], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  started.push(child)
  let output = ''
  child.stdout!.on('data', (d: Uint8Array) => (output += d))
  child.stderr!.on('data', (d: Uint8Array) => (output += d))
  return {
    child,
    output: () => output,
  }
}

/** Whether any process of the group is left. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  }
  catch {
    return false
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'versus-killed-'))
  await copyFile(join(ROOT, 'test', 'fixtures', 'valid', 'minimal.yaml'), join(tmp, `${NAME}.yaml`))
  expect((await generate({
    data: join(tmp, `${NAME}.yaml`),
    out: join(ROOT, `${NAME}.md`),
  })).status).toBe('written')
})

afterAll(async () => {
  for (const child of started) {
    if (groupAlive(child.pid!))
      process.kill(-child.pid!, 'SIGKILL')
  }
  await rm(join(ROOT, `${NAME}.md`), { force: true })
  await rm(tmp, { recursive: true, force: true })
})

describe('a killed command', () => {
  it('versus dev: its Slidev server stops answering', async () => {
    const port = await freePort()
    const { child, output } = versus([
      'dev',
      '--data',
      join(tmp, `${NAME}.yaml`),
      '--port',
      String(port),
    ])
    const url = `http://127.0.0.1:${port}`
    const answers = () => fetch(url).then(r => r.ok, () => false)
    await until(async () => {
      expect(child.exitCode, output()).toBeNull()
      return answers()
    }, `versus dev to serve on port ${port}`, 60_000)

    child.kill('SIGKILL')
    await until(async () => !await answers(), 'the Slidev server to stop answering', 10_000)
  })

  it('versus export: its Slidev export ends, and writes nothing', async () => {
    const out = join(tmp, 'export')
    const { child, output } = versus(['export', `${NAME}.md`, '--out', out])
    // Slidev's banner names the entry once it has started the export.
    await until(() => {
      expect(child.exitCode, output()).toBeNull()
      return output().includes(`${NAME}.md`)
    }, 'Slidev to start the export', 60_000)

    child.kill('SIGKILL')
    // An export of this deck takes several seconds more; the process group is empty well before.
    await until(() => !groupAlive(child.pid!), 'the Slidev export to end', 3000)
    expect(await readdir(tmp)).toEqual([`${NAME}.yaml`])
  })
})
