import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import type { GenerateOptions } from '../../scripts/generate.ts'
import type { StaticServer } from '../../scripts/preview.ts'
import type { DevServer } from '../../scripts/slidev-server.ts'
import { execFile } from 'node:child_process'
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { launchChromium } from '../../scripts/browser.ts'
import { showSlide } from '../../scripts/check-layout.ts'
import { loadDeckFile } from '../../scripts/deck-file.ts'
import { generate } from '../../scripts/generate.ts'
import { serveStatic as serveBuilt } from '../../scripts/preview.ts'
import { slideView } from '../../scripts/render/slide.ts'
import { runSlidev, startDevServer } from '../../scripts/slidev-server.ts'
import { sharedOnce } from '../support/shared.ts'

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

/** Runs `versus <args>` as a user does, in a process of its own; rejects when it fails. */
export function versus(args: string[]): Promise<unknown> {
  return promisify(execFile)(process.execPath, [
    'scripts/versus.ts',
    ...args,
  ], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true' },
  })
}

/**
 * `versus build` of the default deck, as a user runs it: made once per test
 * run for every suite that looks at the built site. Read only.
 */
export function builtDeck(): Promise<string> {
  return sharedOnce('build', dir => versus(['build', '--out', dir]))
}

/**
 * `npm run export` of the default deck, a PDF with a page per slide: made
 * once per test run for the suites that read it (the export's own, and the
 * handout's, which lays these pages out). Read only.
 */
export async function exportedPdf(): Promise<string> {
  return join(await sharedOnce('pdf', dir => versus([
    'export',
    '--out',
    join(dir, 'deck.pdf'),
  ])), 'deck.pdf')
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
    view: (slideView(s.frontmatter) ?? {}) as Record<string, unknown>,
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

/** What a variant deck is generated from: a dataset and generate's options (a locale, a theme). */
export type Variant = Pick<GenerateOptions, 'data' | 'locale' | 'theme'>

/** Starts something for the rest of a suite and stops it afterwards (support/resources.ts). */
type Use = <T>(starting: Promise<T>, stop: (started: T) => Promise<unknown>) => Promise<T>

/**
 * One dev server for one or more generated decks in turn (languages,
 * subject counts, a theme): `show` regenerates `.test-<name>.md` and opens the new deck at
 * 1280×720. Slidev reloads a rewritten entry by itself, so the server, and
 * everything it has transformed, is started once rather than per deck.
 * Slidev reads the theme only as it starts: one theme per server.
 */
export function variantDecks(name: string, browser: Browser, use: Use): (variant: Variant) => Promise<{ page: Page, slides: DeckSlide[] }> {
  const entry = `.test-${name}.md`
  const out = join(ROOT, entry)
  let open: { server: DevServer, page: Page, shown: string } | undefined
  void use(Promise.resolve(out), file => rm(file, { force: true }))
  return async (variant) => {
    // Gone from the page once it has loaded again.
    await open?.page.evaluate(() => Object.assign(window, { versusBeforeVariant: true }))
    const result = await generate({ ...variant, out })
    if (result.status === 'invalid')
      throw new Error(`${variant.data} is invalid with ${JSON.stringify(variant)}`)
    const slides = await readDeck(out)
    const expected = JSON.stringify(slides.map(s => s.title))
    if (open && open.shown === expected)
      throw new Error(`${JSON.stringify(variant)} has the same slide titles as the deck before it: the suite could not tell them apart`)
    if (!open) {
      const server = await use(startDevServer(entry, { cwd: ROOT }), s => s.stop())
      const page = await newPage(browser)
      open = { server, page, shown: expected }
      await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
      return { page, slides }
    }
    // Wait until the open page has the new deck: the server has read the new file.
    await open.page.waitForFunction((titles) => {
      const slidev = (window as { __slidev__?: { nav: { slides: Array<{ meta?: { slide?: { title?: string } } }> } } }).__slidev__
      return JSON.stringify(slidev?.nav.slides.map(s => s.meta?.slide?.title ?? '')) === titles
    }, expected, { timeout: 30_000 })
    open.shown = expected
    // A freshly loaded page, not one that hot-reloaded its way here. Slidev
    // reloads the page itself when the headmatter changes (a variant's title
    // or language), and that load is as fresh as a second one would be.
    if (await open.page.evaluate(() => 'versusBeforeVariant' in window)) {
      await open.page.goto(`${open.server.url}/1`, { waitUntil: 'networkidle' })
    }
    else {
      await open.page.waitForLoadState('networkidle')
      await showSlide(open.page, 1)
    }
    return { page: open.page, slides }
  }
}
