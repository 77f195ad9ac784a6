import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import process from 'node:process'

/** Slidev's CLI entry point, run on this project's Node. */
export const SLIDEV_BIN = join(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => typeof address === 'object' && address
        ? resolve(address.port)
        : reject(new Error('no free port')))
    })
  })
}

export interface DevServer {
  url: string
  child: ChildProcess
  /** Everything the server printed so far. */
  output: () => string
  stop: () => void
}

/** Starts `slidev <entry>` (the dev server) on a free port and resolves once it answers. */
export async function startDevServer(entry = 'slides.md', cwd = process.cwd()): Promise<DevServer> {
  const port = await freePort()
  const child = spawn(process.execPath, [
    SLIDEV_BIN,
    entry,
    '--port',
    String(port),
    '--open',
    'false',
  ], {
    cwd,
    env: { ...process.env, CI: 'true' },
    stdio: 'pipe',
  })
  let log = ''
  child.stdout?.on('data', (d: Uint8Array) => (log += d))
  child.stderr?.on('data', (d: Uint8Array) => (log += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`slidev exited early:\n${log}`)
    try {
      if ((await fetch(url)).ok) {
        return {
          url,
          child,
          output: () => log,
          stop: () => child.kill(),
        }
      }
    }
    catch {}
    await new Promise(r => setTimeout(r, 200))
  }
  child.kill()
  throw new Error(`slidev did not answer within 60 s:\n${log}`)
}
