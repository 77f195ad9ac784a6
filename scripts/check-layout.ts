import type { Page } from 'playwright-core'
import type { LayoutProblem } from './layout/measure.ts'
import { measureSlide } from './layout/measure.ts'
import { MIN_DIAGRAM_LABEL_PX, MIN_TEXT_PX, SCREEN } from './render/metrics.ts'

// What `versus check` does to every slide of a deck in Chromium at 1280×720:
// report content that overflows the 16:9 canvas, text cut off in its box, and
// text too small to read from the back of the room.

/**
 * Shows slide `no` through the deck's own navigation, without a reload: the
 * dev server exposes Slidev's navigation, a built site routes by hash. Then
 * waits until the slide is loaded, diagrams are drawn and fonts loaded.
 * Transitions are switched off in the page for good.
 */
export async function showSlide(page: Page, no: number): Promise<void> {
  await page.evaluate(async (n) => {
    // A check looks at the slide once it has settled: without this, every
    // step waits out the deck's slide transition (half a second for \`fade\`).
    if (!document.getElementById('versus-settled')) {
      const style = document.createElement('style')
      style.id = 'versus-settled'
      style.textContent = '*, *::before, *::after { transition-duration: 0s !important; transition-delay: 0s !important }'
      document.head.append(style)
    }
    const dev = (window as { __slidev__?: { nav: { go: (n: number) => Promise<void> } } }).__slidev__
    if (dev)
      await dev.nav.go(n)
    else
      location.hash = `#/${n}`
  }, no)
  await page.locator(`.slidev-page-${no}`).waitFor({ state: 'visible' })
  // Only this slide shows, and it is loaded: while its chunk loads, Slidev's
  // page holds nothing for 300 ms, then .slidev-slide-loading.
  await page.waitForFunction((n) => {
    const slide = document.querySelector(`.slidev-page-${n}`)
    return [
      ...document.querySelectorAll('.slidev-page'),
    ].filter(el => el.checkVisibility()).every(el => el === slide)
    && !!slide?.firstElementChild
    && !slide.querySelector('.slidev-slide-loading')
  }, no)
  const diagrams = page.locator(`.slidev-page-${no} [data-waitfor]`)
  for (let i = 0; i < await diagrams.count(); i++)
    await diagrams.nth(i).locator('svg').first().waitFor({ state: 'visible' })
  await page.evaluate(() => document.fonts.ready)
}

/** Checks every slide of the deck open in `page`; one line per problem. */
export async function checkLayout(page: Page, count: number): Promise<string[]> {
  const report: string[] = []
  for (let no = 1; no <= count; no++) {
    await showSlide(page, no)
    const problems: LayoutProblem[] | null = await page.evaluate(measureSlide, { no, minTextPx: MIN_TEXT_PX, diagramMinPx: MIN_DIAGRAM_LABEL_PX })
    if (!problems)
      report.push(`slide ${no}: not found`)
    for (const p of problems?.filter(p => p.kind !== 'small') ?? [])
      report.push(`slide ${no}: ${p.kind} by ${p.by}px: ${p.element} "${p.text}"`)
    // Small text comes in runs (every label of a diagram): one line per slide.
    const small = (problems ?? []).filter(p => p.kind === 'small').sort((a, b) => a.by - b.by)
    if (small.length) {
      const texts = small.slice(0, 3).map(p => `${p.element} "${p.text}" ${p.by}px`).join(', ')
      report.push(`slide ${no}: ${small.length} text(s) too small to read at ${SCREEN.width}×${SCREEN.height} (at least ${MIN_TEXT_PX}px; ${MIN_DIAGRAM_LABEL_PX}px for a diagram alone on its slide), smallest ${small[0]!.by}px: ${texts}${small.length > 3
        ? ', ...'
        : ''}`)
    }
  }
  return report
}
