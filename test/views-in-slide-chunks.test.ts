import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { slideContent } from '../scripts/render/slide.ts'
import { viewScript, withoutMovedView } from '../scripts/views-in-slide-chunks.ts'
import { frontmatterModule } from './support/frontmatter-module.ts'

const GENERATED = `\n${slideContent('ComparisonTable')}\n`

describe('viewScript', () => {
  const view = {
    title: '</script><script>alert(1)</script> </SCRIPT > <!-- $' + '{x} {{ y }} `z` \'q\' "w" \\',
    lines: ['\u2028 \u2029 \uFEFF \uD800', '---', 'é 漢字 🙂'],
    n: 4.5,
    none: null,
  }

  it('defines the view, exactly, in one script block that no text in it can end', () => {
    const script = viewScript(JSON.stringify(view))
    expect(script.match(/<\/?script/gi)).toEqual(['<script', '</script'])
    expect(script.split('\n')).not.toContain('---')
    const body = /<script setup>\n(.*)\n<\/script>/s.exec(script)![1]!
    expect(runInNewContext(body.replace('const ', ''))).toEqual(view)
  })
})

describe('withoutMovedView', () => {
  it('drops the view from the frontmatter of a generated slide, and keeps the rest', () => {
    // U+2028 ends a line for a regular expression's `.`, not for JSON.stringify.
    const frontmatter = {
      layout: 'default',
      title: 'Table \u2028 two',
      view: JSON.stringify({
        rows: ['a \u2028 b'],
      }),
    }
    expect(withoutMovedView(frontmatterModule(frontmatter), { frontmatter, content: GENERATED }))
      .toBe(frontmatterModule({ layout: 'default', title: 'Table \u2028 two' }))
  })

  it('leaves the frontmatter of any other slide as it is', () => {
    const speaker = { layout: 'default', view: 'a key of the speaker\'s own' }
    expect(withoutMovedView(frontmatterModule(speaker), { frontmatter: speaker, content: '# My slide\n' })).toBeNull()
    expect(withoutMovedView(frontmatterModule({ layout: 'cover' }), {
      frontmatter: { layout: 'cover' },
      content: GENERATED,
    })).toBeNull()
    expect(withoutMovedView('export default {}', {
      frontmatter: { view: '{}' },
      content: GENERATED,
    })).toBeNull()
  })
})
