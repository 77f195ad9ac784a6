import type { Dataset } from '../dataset/schema.ts'
import type { BrandView } from './view.ts'
import { accentShades } from '../color.ts'

// A dataset's brand as the slides show it. The logo is copied next to the
// deck's other static files (Slidev serves public/ at the site root), under a
// name made from its path, so a deck's URLs never depend on where it was generated.

/**
 * The Slidev themes a deck may use: versus depends on each (package.json) and
 * the browser tests run the layout check in each.
 */
export const THEMES = ['default', 'seriph'] as const
export type Theme = typeof THEMES[number]

/** Where generate.ts copies logos to, and the URL the slides load them from. */
export const LOGO_DIR = 'public/brand'
const LOGO_URL = '/brand/'

/** The file name a logo gets in LOGO_DIR: its relative path, flattened to safe characters. */
export function logoFileName(logo: string): string {
  return logo.normalize('NFKD').replace(/[^\w.-]+/g, '-').replace(/^[-.]+/, '') || 'logo'
}

export function brandView(data: Dataset): BrandView | undefined {
  const brand = data.brand
  if (!brand)
    return undefined
  return {
    logo: brand.logo === undefined
      ? undefined
      : `${LOGO_URL}${logoFileName(brand.logo)}`,
    footer: brand.footer,
    accent: brand.accent === undefined
      ? undefined
      : accentShades(brand.accent),
  }
}
