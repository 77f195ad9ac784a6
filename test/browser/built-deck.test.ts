import type { Browser, Page } from 'playwright-core'
import type { DeckSlide } from './harness.ts'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureVisibleSlide } from '../../scripts/layout/measure.ts'
import { launchBrowser, readDeck, serveStatic, slidev } from './harness.ts'

// The built site, served as plain static files, opened in a real Chromium.

let browser: Browser
let site: { url: string, close: () => Promise<void> }
let outDir: string
let slides: DeckSlide[]

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'versus-build-'))
  await slidev([
    'build',
    '--router-mode',
    'hash',
    '--out',
    outDir,
  ])
  ;[site, browser, slides] = await Promise.all([
    serveStatic(outDir),
    launchBrowser(),
    readDeck(),
  ])
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await rm(outDir, { recursive: true, force: true })
})

interface Visit {
  page: Page
  errors: string[]
}

async function open(no: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Visit> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
    colorScheme,
  })
  const errors: string[] = []
  page.on('console', msg => msg.type() === 'error' && errors.push(`console: ${msg.text()}`))
  page.on('pageerror', err => errors.push(`page error: ${err.message}`))
  page.on('requestfailed', req => errors.push(`request failed: ${req.url()} ${req.failure()?.errorText}`))
  page.on('request', req => !req.url().startsWith(site.url) && !req.url().startsWith('data:') && errors.push(`foreign request: ${req.url()}`))
  await page.goto(`${site.url}/#/${no}`, { waitUntil: 'networkidle' })
  await page.locator(`.slidev-page-${no}`).waitFor({ state: 'visible' })
  const diagrams = page.locator(`.slidev-page-${no} [data-waitfor]`)
  for (let i = 0; i < await diagrams.count(); i++)
    await diagrams.nth(i).locator('svg').first().waitFor({ state: 'visible' })
  await page.evaluate(() => document.fonts.ready)
  return { page, errors }
}

describe('built site in Chromium', () => {
  it('has the generated slides', () => {
    expect(slides.length).toBeGreaterThan(10)
  })

  it('renders every slide with no error, no failed or foreign request, and nothing overflowing the canvas', async () => {
    const report: string[] = []
    for (const slide of slides) {
      const { page, errors } = await open(slide.no)
      const problems = await page.evaluate(measureVisibleSlide)
      expect(problems, `slide ${slide.no} not found`).not.toBeNull()
      report.push(...errors.map(e => `slide ${slide.no}: ${e}`))
      report.push(...(problems ?? []).map(p => `slide ${slide.no}: ${p.kind} by ${p.by}px: ${p.element} "${p.text}"`))
      await page.close()
    }
    expect(report).toEqual([])
  }, 240_000)

  it('draws every architecture diagram as an SVG holding every node label', async () => {
    const diagramSlides = slides.filter(s => s.component === 'ArchitectureDiagram')
    expect(diagramSlides.length).toBeGreaterThanOrEqual(3)
    for (const slide of diagramSlides) {
      const { page } = await open(slide.no)
      const diagrams = slide.view.diagrams as { labels: string[] }[]
      const svgs = page.locator(`.slidev-page-${slide.no} [data-waitfor] svg`)
      await expect.poll(() => svgs.count()).toBe(diagrams.length)
      for (const [i, diagram] of diagrams.entries()) {
        const text = (await svgs.nth(i).textContent() ?? '').replace(/\s+/g, ' ')
        for (const label of diagram.labels)
          expect(text, `slide ${slide.no}`).toContain(label)
      }
      await page.close()
    }
  })

  it('uses the bundled fonts', async () => {
    const { page } = await open(1)
    const loaded = await page.evaluate(() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '')))
    expect(loaded).toContain('Nunito Sans')
    await page.close()
  })
})
