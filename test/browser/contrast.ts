import type { Page } from 'playwright-core'
import { showSlide } from '../../scripts/check-layout.ts'

export interface LowContrast {
  text: string
  ratio: number
}

/**
 * Runs in the page: WCAG contrast of every element that holds text directly
 * inside `root`, against the background it is drawn on (semi-transparent
 * layers blended). Colours are read back through a canvas, so any CSS colour
 * syntax (color-mix, oklab, ...) is measured as the browser paints it.
 */
export function lowContrastText({ selector, minimum, largeMinimum = minimum }: {
  selector: string
  minimum: number
  /** For large text, as WCAG defines it: at least 24 px, or 18.66 px and bold, as drawn. */
  largeMinimum?: number
}): LowContrast[] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!
  const rgba = (css: string): [number, number, number, number] => {
    ctx.clearRect(0, 0, 1, 1)
    ctx.fillStyle = '#000'
    ctx.fillStyle = css
    ctx.fillRect(0, 0, 1, 1)
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data
    return [r!, g!, b!, a! / 255]
  }
  const over = (top: number[], bottom: number[]) => top.slice(0, 3).map((c, i) => c * top[3]! + bottom[i]! * (1 - top[3]!))
  const background = (el: Element | null): number[] => {
    const layers: number[][] = []
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor)
      if (c[3] > 0)
        layers.push(c)
      if (c[3] >= 1)
        break
    }
    return layers.reduceRight<number[]>((under, layer) => over(layer, under), [255, 255, 255])
  }
  // Inside a diagram, text sits on shapes (a node, a bar), not on its ancestors' backgrounds:
  // the first filled shape under the text's middle, over whatever the SVG itself sits on.
  const drawnUnder = (el: Element): number[] => {
    const r = el.getBoundingClientRect()
    const svg = el.closest('svg')!
    for (const under of document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)) {
      if (!svg.contains(under) || under === el || el.contains(under) || !(under instanceof SVGGeometryElement))
        continue
      const shape = getComputedStyle(under)
      const fill = rgba(shape.fill.startsWith('rgb')
        ? shape.fill
        : 'transparent')
      const alpha = fill[3] * Number.parseFloat(shape.fillOpacity || '1') * Number.parseFloat(shape.opacity || '1')
      if (alpha > 0) {
        return over([
          ...fill.slice(0, 3),
          alpha,
        ], background(svg))
      }
    }
    return background(svg)
  }
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((v) => {
      const c = v / 255
      return c <= 0.03928
        ? c / 12.92
        : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const found: LowContrast[] = []
  for (const root of document.querySelectorAll<HTMLElement>(selector)) {
    // Slidev scales the slide to the window: sizes as drawn, not as written.
    const scale = root.getBoundingClientRect().width / root.offsetWidth
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const own = [...el.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent ?? '').join('').trim()
      if (!own || !el.checkVisibility())
        continue
      const style = getComputedStyle(el)
      const bg = el.closest('svg')
        ? drawnUnder(el)
        : background(el)
      // SVG text is painted with fill; HTML (a diagram's labels too) with color.
      const fg = over(rgba(el instanceof SVGElement && style.fill.startsWith('rgb')
        ? style.fill
        : style.color), bg)
      const [hi, lo] = [
        luminance(fg),
        luminance(bg),
      ].sort((a, b) => b - a)
      const ratio = (hi! + 0.05) / (lo! + 0.05)
      const px = Number.parseFloat(style.fontSize) * scale
      const large = px >= 24 || (px >= 18.66 && Number(style.fontWeight) >= 700)
      if (ratio < (large
        ? largeMinimum
        : minimum)) {
        found.push({
          text: own.slice(0, 40),
          ratio: Math.round(ratio * 100) / 100,
        })
      }
    }
  }
  return found
}

/**
 * Every slide of `numbers` in light mode, then dark (Slidev's `d` key), each
 * text under its minimum: one line per text, "dark, slide 7: "Django" 4.1:1".
 */
export async function contrastReport(page: Page, numbers: number[], minimum: { minimum: number, largeMinimum?: number }): Promise<string[]> {
  const report: string[] = []
  for (const dark of [false, true]) {
    if (dark)
      await page.keyboard.press('d')
    await page.waitForFunction(d => document.documentElement.classList.contains('dark') === d, dark)
    for (const no of numbers) {
      await showSlide(page, no)
      const low = await page.evaluate(lowContrastText, { selector: `.slidev-page-${no}`, ...minimum })
      report.push(...low.map(l => `${dark ? 'dark' : 'light'}, slide ${no}: "${l.text}" ${l.ratio}:1`))
    }
  }
  return report
}
