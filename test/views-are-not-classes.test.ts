import { describe, expect, it } from 'vitest'
import { withoutViewScan } from '../scripts/views-are-not-classes.ts'

// A slide's frontmatter module as Slidev's loader writes it (@slidev/cli,
// "slidev:loader": `// @unocss-include`, then the frontmatter as one JSON line).
function module(frontmatter: object) {
  return [
    '// @unocss-include',
    'import { computed, reactive, shallowReactive } from "vue"',
    `export const frontmatterData = ${JSON.stringify(frontmatter)}`,
    'export const frontmatter = reactive(frontmatterData)',
  ].join('\n')
}

describe('withoutViewScan', () => {
  it('marks a generated slide\'s frontmatter for UnoCSS to skip, whatever its view says', () => {
    const code = module({
      layout: 'default',
      title: 'Agenda',
      view: { title: 'class: "p-4" @unocss-include' },
    })
    expect(withoutViewScan(code)).toBe(`// @unocss-ignore\n${code}`)
  })

  it('leaves frontmatter that names classes, or has no view, to UnoCSS', () => {
    expect(withoutViewScan(module({ layout: 'default', view: {}, class: 'text-center' }))).toBeNull()
    expect(withoutViewScan(module({ layout: 'cover', class: 'text-center' }))).toBeNull()
    expect(withoutViewScan('export default {}')).toBeNull()
  })
})
