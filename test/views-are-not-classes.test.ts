import { describe, expect, it } from 'vitest'
import { withoutViewScan } from '../scripts/views-are-not-classes.ts'
import { frontmatterModule } from './support/frontmatter-module.ts'

describe('withoutViewScan', () => {
  it('marks a generated slide\'s frontmatter for UnoCSS to skip, whatever its view says', () => {
    const code = frontmatterModule({
      layout: 'default',
      title: 'Agenda',
      // U+2028 ends a line for a regular expression's `.`, not for JSON.stringify.
      view: JSON.stringify({ title: 'class: "p-4" @unocss-include \u2028 text-red' }),
    })
    expect(withoutViewScan(code)).toBe(`// @unocss-ignore\n${code}`)
  })

  it('leaves frontmatter that names classes, or has no view, to UnoCSS', () => {
    expect(withoutViewScan(frontmatterModule({ layout: 'default', view: {}, class: 'text-center' }))).toBeNull()
    expect(withoutViewScan(frontmatterModule({ layout: 'cover', class: 'text-center' }))).toBeNull()
    expect(withoutViewScan('export default {}')).toBeNull()
  })
})
