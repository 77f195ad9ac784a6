import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import type { GenerateOptions } from '../../scripts/generate.ts'
import type { StaticServer } from '../../scripts/preview.ts'
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { launchChromium } from '../../scripts/browser.ts'
import { loadDeckFile } from '../../scripts/deck-file.ts'
import { generate } from '../../scripts/generate.ts'
import { serveStatic as serveBuilt } from '../../scripts/preview.ts'
import { runSlidev, startDevServer } from '../../scripts/slidev-server.ts'

export { startDevServer }

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
  return runSlidev(args, { cwd: ROOT, quiet: true })
}

/** Serves a built site the way any static server would. */
export function serveStatic(outDir: string): Promise<StaticServer> {
  return serveBuilt(outDir, ROOT)
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

/**
 * Runs of five words from each slide's speaker notes that no slide shows:
 * finding one in a built site means the notes went with it.
 */
export function notePhrases(slides: DeckSlide[]): string[] {
  const shown = slides.map(s => `${s.title}\n${JSON.stringify(s.view)}`).join('\n')
  return slides.flatMap((s) => {
    const phrase = s.note.match(/[A-Z][a-z']+(?: [a-z][a-z']*){4}/gi)?.find(p => !shown.includes(p))
    return phrase
      ? [phrase]
      : []
  })
}

/** Every file under `dir`, as text, one string. */
export async function allText(dir: string): Promise<string> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true })
  const texts = await Promise.all(files.filter(f => f.isFile()).map(f => readFile(join(f.parentPath, f.name), 'utf8')))
  return texts.join('\n')
}

/**
 * The default dataset generated into `.test-<name>.md` with `options` (a
 * locale, a theme), served by Slidev's dev server and open on slide 1 at
 * 1280×720; `use` gets the page and the slides. Everything is stopped and the
 * file removed afterwards.
 */
export async function withGeneratedDeck(
  name: string,
  options: Pick<GenerateOptions, 'locale' | 'theme'>,
  browser: Browser,
  use: (page: Page, slides: DeckSlide[]) => Promise<void>,
): Promise<void> {
  const entry = `.test-${name}.md`
  const out = join(ROOT, entry)
  try {
    const result = await generate({
      data: join(ROOT, 'data', 'node-vs-django.yaml'),
      out,
      ...options,
    })
    if (result.status === 'invalid')
      throw new Error(`the default dataset is invalid with ${JSON.stringify(options)}`)
    const slides = await readDeck(out)
    const server = await startDevServer(entry, { cwd: ROOT })
    try {
      const page = await newPage(browser)
      await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
      await use(page, slides)
      await page.close()
    }
    finally {
      await server.stop()
    }
  }
  finally {
    await rm(out, { force: true })
  }
}
