import type { ChildProcess } from 'node:child_process'
import type { Socket } from 'node:net'
import type { LiveOptions } from './live-options.ts'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { CommandError } from './cli/command.ts'
import { LIVE_ENV } from './live-options.ts'

const EXIT_WITH_PARENT = join(import.meta.dirname, 'exit-with-parent.ts')

/** Slidev's CLI entry point, run on this project's Node. */
const SLIDEV_BIN = join(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')

/**
 * The environment of a Slidev process: this one's, with Node's compile cache
 * on. Slidev's bin does not turn it on (Vite's does), and each start compiles
 * Slidev's, Vite's and UnoCSS's JavaScript again without it: a build or a warm
 * dev start takes a few tenths of a second longer. A cache or an opt-out the
 * user set stays as it is.
 */
export function slidevEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const cached = process.env.NODE_COMPILE_CACHE !== undefined || process.env.NODE_DISABLE_COMPILE_CACHE !== undefined
  return {
    ...process.env,
    ...!cached && {
      // Node's default folder, where `versus` itself caches.
      NODE_COMPILE_CACHE: join(tmpdir(), 'node-compile-cache'),
    },
    ...env,
  }
}

/**
 * Runs the Slidev CLI to its end (build, export). Quiet: its output is kept
 * and shown only in the error when it fails; otherwise it goes to this terminal.
 */
export function runSlidev(args: string[], { cwd = process.cwd(), quiet = false }: { cwd?: string, quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnSlidev(args, {
      cwd,
      env: { CI: 'true' },
      inherit: !quiet,
    })
    let log = ''
    child.stdout?.on('data', (d: Uint8Array) => (log += d))
    child.stderr?.on('data', (d: Uint8Array) => (log += d))
    child.on('error', reject)
    child.on('exit', code => code === 0
      ? resolve(log)
      : reject(new SlidevFailed(`${log.trimEnd()}${log ? '\n\n' : ''}slidev ${args[0]} exited with ${code}.`)))
  })
}

/** `slidev` exited with an error; the message holds what it printed, for a command to show as it is. */
export class SlidevFailed extends CommandError {}

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
  /** Stops the server and resolves once its process is gone. */
  stop: () => Promise<void>
}

/** Stops a child process and resolves once it is gone (SIGKILL after 5 s). */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null)
    return
  const gone = new Promise(resolve => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await gone
  clearTimeout(timer)
}

export interface StartOptions {
  cwd?: string
  /** How often to ask whether the server answers; the benchmark polls finely. */
  pollMs?: number
  timeoutMs?: number
  /** Regenerate from a dataset on every save of it, as `npm run dev` does. */
  live?: LiveOptions
  /** More options for Slidev, as `npm run dev -- <options>` passes them (e.g. `--remote`). */
  args?: string[]
  /** Another install's Slidev CLI (the benchmark's plain Slidev project); by default this project's. */
  bin?: string
}

export interface SpawnOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** This terminal, as `npm run dev` has it; otherwise the output is piped. */
  inherit?: boolean
}

/**
 * Spawns a Node script that ends with this process, however this one ends (a
 * crash, SIGKILL, a killed test worker): a server would otherwise serve on
 * with nobody to stop it, holding its port, and an export run on with its
 * browser. Closing the pipe on fd 3 ends it
 * too (exit-with-parent.ts).
 */
export function spawnWithLifeline(script: string, args: string[], { cwd = process.cwd(), env = process.env, inherit = false }: SpawnOptions = {}): ChildProcess {
  const child = spawn(process.execPath, [
    '--import',
    EXIT_WITH_PARENT,
    script,
    ...args,
  ], {
    cwd,
    env,
    // fd 3: the lifeline that exit-with-parent.ts watches.
    stdio: inherit
      ? [
          'inherit',
          'inherit',
          'inherit',
          'pipe',
        ]
      : ['ignore', 'pipe', 'pipe', 'pipe'],
  })
  ;(child.stdio[3] as Socket).unref()
  return child
}

/** A Slidev process (`slidev ...`: a server, a build, an export) that ends with this one; `bin` is another install's CLI. */
export function spawnSlidev(args: string[], { bin = SLIDEV_BIN, ...options }: SpawnOptions & { bin?: string } = {}): ChildProcess {
  return spawnWithLifeline(bin, args, {
    ...options,
    env: slidevEnv(options.env),
  })
}

/** Starts `slidev <entry>` (the dev server) on a free port and resolves once it answers. */
export async function startDevServer(entry = 'slides.md', { cwd = process.cwd(), pollMs = 200, timeoutMs = 60_000, live, args = [], bin }: StartOptions = {}): Promise<DevServer> {
  const port = await freePort()
  const child = spawnSlidev([
    entry,
    '--port',
    String(port),
    '--open',
    'false',
    ...args,
  ], {
    bin,
    cwd,
    env: {
      CI: 'true',
      ...live && {
        [LIVE_ENV]: JSON.stringify(live),
      },
    },
  })
  let log = ''
  child.stdout?.on('data', (d: Uint8Array) => (log += d))
  child.stderr?.on('data', (d: Uint8Array) => (log += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`slidev exited early:\n${log}`)
    try {
      if ((await fetch(url)).ok) {
        return {
          url,
          child,
          output: () => log,
          stop: () => stopChild(child),
        }
      }
    }
    catch {}
    await new Promise(r => setTimeout(r, pollMs))
  }
  await stopChild(child)
  throw new Error(`slidev did not answer within ${timeoutMs / 1000} s:\n${log}`)
}

export interface ExportServer {
  url: string
  close: () => Promise<void>
}

/**
 * Serves a deck in Slidev's export mode, in this process: the only mode whose
 * client has the print pages (/print, /presenter/print), which Slidev's own
 * exporter loads.
 */
export async function startExportServer(entry: string): Promise<ExportServer> {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const port = await freePort()
  const server = await createServer(await resolveOptions({ entry }, 'export'), {
    server: { port, strictPort: true, host: '127.0.0.1' },
    clearScreen: false,
    logLevel: 'warn',
  })
  await server.listen(port)
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => server.close(),
  }
}
