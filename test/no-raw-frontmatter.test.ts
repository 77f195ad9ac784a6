import { describe, expect, it } from 'vitest'
import { withoutRawFrontmatter } from '../scripts/no-raw-frontmatter.ts'

// A slide's frontmatter module as Slidev's loader writes it for a build
// (@slidev/cli, "slidev:loader": the slide's info spread into `meta.slide`).
function module(info: object): string {
  return [
    'export const meta = shallowReactive({',
    '  slide: {',
    `    ...(${JSON.stringify(info)}),`,
    '    frontmatter,',
    '  },',
    '})',
  ].join('\n')
}

describe('withoutRawFrontmatter', () => {
  it('empties the YAML text of a slide\'s frontmatter and keeps the rest of its info', () => {
    const info = {
      title: 'Agenda $& $1',
      level: 1,
      frontmatterRaw: '"layout": "default"\n"view":\n  "title": "Agenda"',
      raw: '',
    }
    expect(withoutRawFrontmatter(module(info))).toBe(module({ ...info, frontmatterRaw: '' }))
  })

  it('leaves a module without raw frontmatter, or of another shape, as it is', () => {
    expect(withoutRawFrontmatter(module({ title: 'Agenda', frontmatterRaw: '' }))).toBeNull()
    expect(withoutRawFrontmatter('export default {}')).toBeNull()
  })
})
