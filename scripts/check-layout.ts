import type { Page } from 'playwright-core'
import type { LayoutProblem } from './layout/measure.ts'
import { measureSlide } from './layout/measure.ts'
import { MIN_DIAGRAM_LABEL_PX, MIN_TEXT_PX, SCREEN } from './render/metrics.ts'

// What `versus check` does to every slide of a deck in Chromium at 1280×720:
// report content that overflows the 16:9 canvas, text cut off in its box, and
// text too small to read from the back of the room.

/** How long a slide may take to show, drawn diagrams included, on a busy machine. */
const SHOW_TIMEOUT_MS = 30_000

/**
 * Shows slide `no` through the deck's own navigation, without a reload: the
 * dev server exposes Slidev's navigation, a built site routes by hash. Then
 * waits until the slide is loaded, diagrams are drawn and fonts loaded.
 * Transitions are switched off in the page for good. One round trip to the
 * page: the waiting happens there, frame by frame.
 */
export async function showSlide(page: Page, no: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.evaluate(showInPage, { no, timeoutMs: SHOW_TIMEOUT_MS })
      return
    }
    catch (error) {
      // Vite reloads a dev page when it bundles a dependency it had not seen
      // (a slide's first diagram, on a fresh install): show it in the new page.
      if (attempt < 3 && /Execution context was destroyed|navigation/i.test(String(error))) {
        await page.waitForLoadState()
        continue
      }
      throw error
    }
  }
}

/** In the page: showSlide's navigation and wait. */
async function showInPage({ no, timeoutMs }: { no: number, timeoutMs: number }): Promise<void> {
  // A check looks at the slide once it has settled: without this, every
  // step waits out the deck's slide transition (half a second for `fade`).
  if (!document.getElementById('versus-settled')) {
    const style = document.createElement('style')
    style.id = 'versus-settled'
    style.textContent = '*, *::before, *::after { transition-duration: 0s !important; transition-delay: 0s !important }'
    document.head.append(style)
  }
  const dev = (window as { __slidev__?: { nav: { go: (n: number) => Promise<void> } } }).__slidev__
  if (dev)
    await dev.nav.go(no)
  else
    location.hash = `#/${no}`
  /** What the slide still waits for, or nothing once it is shown. */
  const waiting = (): string | undefined => {
    const slide = document.querySelector(`.slidev-page-${no}`)
    if (!slide?.checkVisibility())
      return 'the slide to be visible'
    // Only this slide shows, and it is loaded: while its chunk loads, Slidev's
    // page holds nothing for 300 ms, then .slidev-slide-loading.
    if ([
      ...document.querySelectorAll('.slidev-page'),
    ].some(el => el !== slide && el.checkVisibility())) {
      return 'the other slides to be hidden'
    }
    if (!slide.firstElementChild || slide.querySelector('.slidev-slide-loading'))
      return 'the slide to be loaded'
    if ([
      ...slide.querySelectorAll('[data-waitfor]'),
    ].some(d => !d.querySelector('svg')?.checkVisibility())) {
      return 'its diagrams to be drawn'
    }
    return undefined
  }
  const deadline = performance.now() + timeoutMs
  for (let still = waiting(); still; still = waiting()) {
    if (performance.now() > deadline)
      throw new Error(`slide ${no} was not shown within ${timeoutMs / 1000} s: waiting for ${still}`)
    await new Promise(resolve => requestAnimationFrame(resolve))
  }
  await document.fonts.ready
}

/** Checks every slide of the deck open in `page`; one line per problem. */
export async function checkLayout(page: Page, count: number): Promise<string[]> {
  const report: string[] = []
  for (let no = 1; no <= count; no++)
    report.push(...await checkSlide(page, no))
  return report
}

/** Shows slide `no` of the deck open in `page` and checks it; one line per problem. */
export async function checkSlide(page: Page, no: number): Promise<string[]> {
  await showSlide(page, no)
  const problems: LayoutProblem[] | null = await page.evaluate(measureSlide, { no, minTextPx: MIN_TEXT_PX, diagramMinPx: MIN_DIAGRAM_LABEL_PX })
  if (!problems)
    return [`slide ${no}: not found`]
  const report = problems.filter(p => p.kind !== 'small').map(p => `slide ${no}: ${p.kind} by ${p.by}px: ${p.element} "${p.text}"`)
  // Small text comes in runs (every label of a diagram): one line per slide.
  const small = problems.filter(p => p.kind === 'small').sort((a, b) => a.by - b.by)
  if (small.length) {
    const texts = small.slice(0, 3).map(p => `${p.element} "${p.text}" ${p.by}px`).join(', ')
    report.push(`slide ${no}: ${small.length} text(s) too small to read at ${SCREEN.width}×${SCREEN.height} (at least ${MIN_TEXT_PX}px; ${MIN_DIAGRAM_LABEL_PX}px for a diagram alone on its slide), smallest ${small[0]!.by}px: ${texts}${small.length > 3
      ? ', ...'
      : ''}`)
  }
  return report
}
