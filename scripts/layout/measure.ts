export interface LayoutProblem {
  kind: 'overflow' | 'clipped' | 'small'
  element: string
  text: string
  /** overflow, clipped: how far past the edge, in CSS pixels of the slide. small: the text's size in screen pixels. */
  by: number
  /** small: the size the text should have had. */
  min?: number
}

export interface MeasureOptions {
  no: number
  /** The smallest text allowed, in screen pixels (the page is shown at the size it is judged at). */
  minTextPx: number
  /** The smallest label of a diagram shown alone on its slide. */
  diagramMinPx: number
}

/**
 * Runs in the page (passed to Playwright's `evaluate`, so it must stay
 * self-contained): finds content that sticks out of slide `no`'s 16:9
 * canvas, text cut off inside a box that hides its overflow, and visible text
 * drawn smaller than `minTextPx` on screen (`diagramMinPx` for the labels of
 * a diagram alone on its slide): its font size times every scale applied to
 * it (the slide's scaling, and an SVG's viewBox for diagram labels).
 */
export function measureSlide({ no, minTextPx, diagramMinPx }: MeasureOptions): LayoutProblem[] | null {
  const slide = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
  const canvas = slide?.getBoundingClientRect()
  if (!slide || !canvas)
    return null
  const problems: LayoutProblem[] = []
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.classList.length
    ? `.${[...el.classList].join('.')}`
    : ''}`
  const text = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)
  // Screen-reader-only text is meant to be clipped and invisible.
  const hidden = (el: Element) => Boolean(el.closest('.sr-only'))
  for (const el of slide.querySelectorAll<HTMLElement>('*')) {
    // Inside an SVG only the SVG's own box counts.
    if ((el.closest('svg') && el.tagName.toLowerCase() !== 'svg') || hidden(el))
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

  // Legibility: every element that holds text of its own, measured where it is drawn.
  const diagrams = slide.querySelectorAll('.mermaid-view')
  const holders = new Set<Element>()
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim() && node.parentElement)
      holders.add(node.parentElement)
  }
  for (const el of holders) {
    if (hidden(el) || !el.checkVisibility())
      continue
    const r = el.getBoundingClientRect()
    if (!r.width || !r.height)
      continue
    // Screen pixels per CSS pixel of the element: every transform and viewBox above it.
    let scale: number
    if (el instanceof SVGGraphicsElement) {
      const box = el.getBBox()
      scale = box.height
        ? r.height / box.height
        : 0
    }
    else if (el instanceof HTMLElement && el.offsetHeight) {
      scale = r.height / el.offsetHeight
    }
    else {
      continue
    }
    // Text in an SVG must lie within the SVG when the SVG cuts off what falls outside it
    // (a diagram), and within the slide when it does not.
    const svg = el.closest('svg:not(svg svg)')
    if (svg && svg !== el) {
      const clips = getComputedStyle(svg).overflow !== 'visible'
      const box = clips
        ? svg.getBoundingClientRect()
        : canvas
      const out = Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom)
      if (out > 1) {
        problems.push({
          kind: clips
            ? 'clipped'
            : 'overflow',
          element: describe(el),
          text: text(el),
          by: Math.round(out),
        })
      }
    }
    const px = Number.parseFloat(getComputedStyle(el).fontSize) * scale
    const min = diagrams.length === 1 && el.closest('.mermaid-view')
      ? diagramMinPx
      : minTextPx
    if (px < min - 0.05) {
      problems.push({
        kind: 'small',
        element: describe(el),
        text: text(el),
        by: Math.round(px * 10) / 10,
        min,
      })
    }
  }
  return problems
}
