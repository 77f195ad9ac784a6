import type { Buffer } from 'node:buffer'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { preview } from 'vite'
import { launchChromium } from '../../scripts/browser.ts'
import { loadDeckFile } from '../../scripts/deck-file.ts'
import { freePort, SLIDEV_BIN } from '../../scripts/slidev-server.ts'

export { startDevServer } from '../../scripts/slidev-server.ts'

export const ROOT = join(import.meta.dirname, '..', '..')

export function launchBrowser(): Promise<Browser> {
  return launchChromium()
}

/**
 * A tab as a presenter's desktop browser gives one: 1280×720, and the screen
 * wake lock that Slidev asks for on start (granted to a visible tab in
 * desktop Chrome; the headless shell refuses it unless told).
 */
export const PRESENTER_BROWSER: BrowserContextOptions = {
  viewport: { width: 1280, height: 720 },
  permissions: ['screen-wake-lock'],
}

export function newPage(browser: Browser): Promise<Page> {
  return browser.newPage(PRESENTER_BROWSER)
}

/** Runs the Slidev CLI (on this project's Node) and resolves with its output when it exits 0. */
export function slidev(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SLIDEV_BIN, ...args], {
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

export interface DeckSlide {
  no: number
  title: string
  note: string
  component: string
  view: Record<string, unknown>
}

/** The slides of a generated deck, read with Slidev's own parser. */
export async function readDeck(entry = join(ROOT, 'slides.md')): Promise<DeckSlide[]> {
  // Slidev's own loader: a talk's imported sections count as its slides.
  const deck = await loadDeckFile(entry)
  return deck.slides.map((s, i) => ({
    no: i + 1,
    title: s.title ?? '',
    note: s.note ?? '',
    component: /<(\w+) v-bind/.exec(s.content)?.[1] ?? '',
    view: (s.frontmatter.view ?? {}) as Record<string, unknown>,
  }))
}

/** Collects console errors, page errors, failed requests and requests to any other host. */
export function watchErrors(page: Page, origin: string): string[] {
  const errors: string[] = []
  page.on('console', msg => msg.type() === 'error' && errors.push(`console: ${msg.text()}`))
  page.on('pageerror', err => errors.push(`page error: ${err.message}`))
  page.on('requestfailed', (req) => {
    // Navigation within the app cancels in-flight module and HMR requests; that is not a failure.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED')
      errors.push(`request failed: ${req.url()} ${req.failure()?.errorText}`)
  })
  page.on('request', req => !req.url().startsWith(origin) && !/^(?:data|blob):/.test(req.url()) && errors.push(`foreign request: ${req.url()}`))
  return errors
}
