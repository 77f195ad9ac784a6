// Colour arithmetic on `#rgb` / `#rrggbb`, for the contrast rules (WCAG 2).

/** `#abc` -> `#aabbcc`. */
export function longHex(color: string): string {
  return color.length === 4
    ? `#${[
      ...color.slice(1),
    ].map(c => c + c).join('')}`
    : color
}

function channels(hex: string): [number, number, number] {
  const h = longHex(hex)
  return [1, 3, 5].map(i => Number.parseInt(h.slice(i, i + 2), 16)) as [number, number, number]
}

/** WCAG relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255
    return c <= 0.03928
      ? c / 12.92
      : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [
    luminance(a),
    luminance(b),
  ].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/** `share` of `color` mixed with the rest of `other`, as CSS color-mix(in srgb) does. */
export function mix(color: string, other: string, share: number): string {
  const a = channels(color)
  const b = channels(other)
  return `#${a.map((v, i) => Math.round(v * share + b[i]! * (1 - share)).toString(16).padStart(2, '0')).join('')}`
}

/** The deck's backgrounds (--vs-bg in styles/deck.css). */
export const BACKGROUND = { light: '#ffffff', dark: '#121212' } as const

/** Text in a brand accent: the colour itself on the light background, lightened on the dark one. */
export function accentShades(accent: string): { light: string, dark: string } {
  return {
    light: longHex(accent).toLowerCase(),
    dark: mix(accent, '#ffffff', 0.55),
  }
}

/** Text must keep this contrast on its background. */
export const MIN_CONTRAST = 4.5
