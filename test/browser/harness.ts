import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { Browser } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { parse } from '@slidev/parser'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser.ts'

export const ROOT = join(import.meta.dirname, '..', '..')
const SLIDEV = join(ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')

export async function launchBrowser(): Promise<Browser> {
  const executablePath = await findChromium()
  if (!executablePath)
    throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium')
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => typeof address === 'object' && address
        ? resolve(address.port)
        : reject(new Error('no port')))
    })
  })
}

/** Runs the Slidev CLI (on this project's Node) and resolves with its output when it exits 0. */
export function slidev(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SLIDEV, ...args], {
      cwd: ROOT,
      env: { ...process.env, CI: 'true' },
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d))
    child.stderr.on('data', (d: Buffer) => (out += d))
    child.on('exit', code => code === 0
      ? resolve(out)
      : reject(new Error(`slidev ${args.join(' ')} exited ${code}\n${out}`)))
  })
}

/** Serves a built site the way any static server would: no SPA fallback is needed with hash routing. */
export async function serveStatic(outDir: string): Promise<{ url: string, close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: { outDir },
    preview: { port: await freePort(), strictPort: true, host: '127.0.0.1' },
  })
  return {
    url: server.resolvedUrls!.local[0]!.replace(/\/$/, ''),
    close: () => server.close(),
  }
}

/** Starts `slidev` (the dev server) and resolves once it answers. */
export async function startDevServer(entry = 'slides.md'): Promise<{ url: string, child: ChildProcess, stop: () => void }> {
  const port = await freePort()
  const child = spawn(process.execPath, [
    SLIDEV,
    entry,
    '--port',
    String(port),
    '--open',
    'false',
  ], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true' },
    stdio: 'pipe',
  })
  let log = ''
  child.stdout?.on('data', (d: Buffer) => (log += d))
  child.stderr?.on('data', (d: Buffer) => (log += d))
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

export interface DeckSlide {
  no: number
  title: string
  note: string
  component: string
  view: Record<string, unknown>
}

/** The slides of a generated deck, read with Slidev's own parser. */
export async function readDeck(entry = join(ROOT, 'slides.md')): Promise<DeckSlide[]> {
  const deck = await parse(await readFile(entry, 'utf8'), entry)
  return deck.slides.map((s, i) => ({
    no: i + 1,
    title: s.title ?? '',
    note: s.note ?? '',
    component: /<(\w+) v-bind/.exec(s.content)?.[1] ?? '',
    view: (s.frontmatter.view ?? {}) as Record<string, unknown>,
  }))
}
