export interface LayoutProblem {
  kind: 'overflow' | 'clipped'
  element: string
  text: string
  /** How far past the edge, in CSS pixels of the slide. */
  by: number
}

/**
 * Runs in the page (passed to Playwright's `evaluate`, so it must stay
 * self-contained): finds content that sticks out of slide `no`'s 16:9
 * canvas, and text cut off inside a box that hides its overflow.
 */
export function measureSlide(no: number): LayoutProblem[] | null {
  const slide = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  const canvas = slide?.getBoundingClientRect()
  if (!slide || !canvas)
    return null
  const problems: LayoutProblem[] = []
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.classList.length
    ? `.${[...el.classList].join('.')}`
    : ''}`
  const text = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)
  for (const el of slide.querySelectorAll<HTMLElement>('*')) {
    // Inside an SVG only the SVG's own box counts; screen-reader-only text is meant to be clipped.
    if ((el.closest('svg') && el.tagName.toLowerCase() !== 'svg') || el.closest('.sr-only'))
      continue
    const r = el.getBoundingClientRect()
    if (!r.width || !r.height || !el.checkVisibility())
      continue
    const by = Math.max(r.right - canvas.right, r.bottom - canvas.bottom, canvas.left - r.left, canvas.top - r.top)
    if (by > 1) {
      problems.push({
        kind: 'overflow',
        element: describe(el),
        text: text(el),
        by: Math.round(by),
      })
    }
    const style = getComputedStyle(el)
    const hides = (v: string) => v !== 'visible'
    const cut = Math.max(
      hides(style.overflowX)
        ? el.scrollWidth - el.clientWidth
        : 0,
      hides(style.overflowY)
        ? el.scrollHeight - el.clientHeight
        : 0,
    )
    if (cut > 1 && text(el)) {
      problems.push({
        kind: 'clipped',
        element: describe(el),
        text: text(el),
        by: cut,
      })
    }
  }
  return problems
}
