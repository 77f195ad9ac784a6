import type { Browser } from 'playwright-core'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { parse } from '@slidev/parser'
import { launchChromium } from './browser.ts'
import { showSlide } from './check-layout.ts'
import { generate } from './generate.ts'
import { slideView } from './render/slide.ts'
import { startDevServer } from './slidev-server.ts'

// `npm run gallery`: one PNG per slide kind per subject count, light and dark,
// at the size slides are judged at, into docs/gallery/ with an index page.

const ROOT = join(import.meta.dirname, '..')

/** A deck per subject count: the shipped datasets, and a fixture with four diagrams. */
export const GALLERY_DECKS = [
  { subjects: 2, data: 'data/node-vs-django.yaml' },
  { subjects: 3, data: 'data/express-fastify-nestjs.yaml' },
  { subjects: 4, data: 'test/fixtures/valid/four-diagrams.yaml' },
] as const

const THEMES = ['light', 'dark'] as const

/** The slide each picture shows: the first of each kind, and the side-by-side diagrams apart from a single one. */
export function gallerySlides(slides: ReadonlyArray<{ no: number, component: string, diagrams: number }>): Array<{ kind: string, no: number }> {
  const picked = new Map<string, number>()
  for (const s of slides) {
    const kind = s.component === 'ArchitectureDiagram' && s.diagrams > 1
      ? 'SideBySide'
      : s.component
    if (kind && !picked.has(kind))
      picked.set(kind, s.no)
  }
  return [...picked].map(([kind, no]) => ({ kind, no }))
}

async function shoot(browser: Browser, url: string, slides: Array<{ kind: string, no: number }>, dir: string): Promise<string[]> {
  const files: string[] = []
  for (const theme of THEMES) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      colorScheme: theme,
      permissions: ['screen-wake-lock'],
    })
    const page = await context.newPage()
    await page.goto(`${url}/1`, { waitUntil: 'networkidle' })
    for (const { kind, no } of slides) {
      await showSlide(page, no)
      // Every click revealed (Slidev clamps the count to the slide's last step): the whole slide, as it ends.
      await page.evaluate(n => (window as { __slidev__?: { nav: { go: (n: number, clicks: number) => Promise<void> } } }).__slidev__?.nav.go(n, 999), no)
      // The fade between slides over: a picture of the slide, not of the transition.
      await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'))
      const file = join(dir, `${kind}-${theme}.png`)
      await page.mouse.move(640, 360)
      await page.screenshot({ path: file })
      files.push(file)
    }
    await context.close()
  }
  return files
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: {
        type: 'string',
        default: join(ROOT, 'docs', 'gallery'),
      },
    },
  })
  const out = values.out
  await rm(out, { recursive: true, force: true })
  const browser = await launchChromium()
  const index: string[] = [
    '# Gallery',
    '',
    'Every slide kind with 2, 3 and 4 subjects, in light and dark mode, at 1280×720 (`npm run gallery` makes these pictures).',
    '',
  ]
  try {
    for (const deck of GALLERY_DECKS) {
      const entry = `.gallery-${deck.subjects}.md`
      const generated = await generate({
        data: join(ROOT, deck.data),
        out: join(ROOT, entry),
      })
      if (generated.status !== 'written' && generated.status !== 'unchanged')
        throw new Error(`${deck.data}: ${generated.status}`)
      const server = await startDevServer(entry, { cwd: ROOT })
      try {
        const deckFile = join(ROOT, entry)
        const parsed = await parse(await readFile(deckFile, 'utf8'), deckFile)
        const slides = gallerySlides(parsed.slides.map((s, i) => ({
          no: i + 1,
          component: /<(\w+) v-bind/.exec(s.content)?.[1] ?? '',
          diagrams: ((slideView(s.frontmatter) as { diagrams?: unknown[] } | undefined)?.diagrams ?? []).length,
        })))
        const dir = join(out, `${deck.subjects}-subjects`)
        await mkdir(dir, { recursive: true })
        process.stdout.write(`${deck.data}: ${slides.length} slide kinds\n`)
        await shoot(browser, server.url, slides, dir)
        index.push(`## ${deck.subjects} subjects (\`${deck.data}\`)`, '')
        for (const { kind, no } of slides)
          index.push(`### ${kind} (slide ${no})`, '', `![${kind}, light](${deck.subjects}-subjects/${kind}-light.png) ![${kind}, dark](${deck.subjects}-subjects/${kind}-dark.png)`, '')
      }
      finally {
        await server.stop()
        await rm(join(ROOT, entry), { force: true })
      }
    }
  }
  finally {
    await browser.close()
  }
  await writeFile(join(out, 'README.md'), `${index.join('\n').trimEnd()}\n`)
  process.stdout.write(`${out}/README.md written.\n`)
}

if (import.meta.main)
  await main()
