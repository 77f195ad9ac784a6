import fc from 'fast-check'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { compileTemplate } from 'vue/compiler-sfc'
import { parse as parseYaml } from 'yaml'
import { frontmatter, notesBlock, noteText, slidevMarkdown, titleText } from '../../scripts/render/markdown.ts'

const HOSTILE = [
  '-->',
  '<!--',
  '<!-- a -->',
  '--!>',
  '<script>alert(1)</script>',
  '{{ $slidev.nav.next() }}',
  '[click]',
  '[click:3] reveal',
  '\n---\n',
  '---',
  'a\r\n---\r\nb',
  'a\r---\rb',
  '- list\n+ plus\n= setext\n1. one\n2) two\n# heading\n> quote',
  '`code` **bold** _em_ ~strike~ $math$ |table| ![img](x) \\',
  '&lt; &amp; &#60;',
  '🚀 שלום عربي \u202E',
]

describe('noteText and notesBlock', () => {
  it.each(HOSTILE)('%j cannot end the note or open a new comment', (text) => {
    const out = noteText(text)
    expect(out).not.toContain('-->')
    expect(out).not.toContain('<!--')
    expect(out).not.toMatch(/[<>]/)
    expect(out).not.toMatch(/^---/m)
    expect(out).not.toContain('\r')
  })

  it('keeps exactly one comment per block, however hostile the paragraphs', () => {
    const block = notesBlock(HOSTILE)
    expect(block.startsWith('<!--\n')).toBe(true)
    expect(block.endsWith('\n-->')).toBe(true)
    expect(block.match(/<!--/g)).toHaveLength(1)
    expect(block.match(/-->/g)).toHaveLength(1)
  })

  it('disarms the markers Slidev reads in notes and markdown syntax', () => {
    expect(noteText('[click] next')).toBe('\\[click\\] next')
    expect(noteText('{{ x }}')).toBe('\\{\\{ x \\}\\}')
    expect(noteText('a --> b')).toBe('a --&gt; b')
    expect(noteText('<b>&</b>')).toBe('&lt;b&gt;&amp;&lt;/b&gt;')
    expect(noteText('- a\n  + b\n3. c')).toBe('\\- a\n  \\+ b\n3\\. c')
  })

  it('keeps paragraphs and normalises line endings', () => {
    expect(noteText('one\r\n\r\ntwo\rthree')).toBe('one\n\ntwo\nthree')
    expect(notesBlock(['first', '', 'second'])).toBe('<!--\nfirst\n\nsecond\n-->')
  })
})

describe('titleText', () => {
  it.each([
    'Node.js vs Django',
    'Meet Node.js',
    'At a glance (1/2)',
    'Learning curve',
    'Rock & roll?',
    'Ünïcödé títle 42',
    '',
  ])('passes the plain title %j through', (title) => {
    expect(titleText(title)).toBe(title)
  })

  it('flattens whitespace in plain titles', () => {
    expect(titleText('  two\n lines\t ')).toBe('two lines')
  })

  it.each([
    ['{{ x }}', '<span v-pre>&#123;&#123; x &#125;&#125;</span>'],
    ['<b>', '<span v-pre>&#60;b&#62;</span>'],
    ['Django :smile: a request', '<span v-pre>Django &#58;smile&#58; a request</span>'],
    ['A -- B', '<span v-pre>A &#45;&#45; B</span>'],
    ['See https://a.org', '<span v-pre>See https&#58;&#47;&#47;a&#46;org</span>'],
  ])('wraps %j in v-pre with entities', (title, expected) => {
    expect(titleText(title)).toBe(expected)
  })

  // What Slidev does with a title: its markdown (typographer and linkify on),
  // then Vue's template compiler. The reader must see exactly the title.
  it('shows any title exactly as typed, through Slidev\'s markdown and Vue\'s compiler', () => {
    const { document } = new Window()
    const piece = fc.constantFrom('Node.js', 'vs', '--', '---', '...', '(c)', '(tm)', '+-', '?!!!!', ',,', 'https://a.org', 'www.a.org', ':smile:', '{{ x }}', '<b>', '&amp;', '&', '"q"', '\'s', '*', '_x_', '`c`', '[l](u)', '#', '$', '~', '\\', ':', '/', '(1/2)', 'Ünï', '🚀')
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }).map(parts => parts.join(' ')), (title) => {
      const html = slidevMarkdown.render(titleText(title))
      const { ast } = compileTemplate({ source: html, filename: 'title.md', id: 'title' })
      const interpolations: unknown[] = []
      const walk = (node: { type: number, children?: unknown[] }) => {
        if (node.type === 5)
          interpolations.push(node)
        ;(node.children as typeof node[] | undefined)?.forEach(walk)
      }
      walk(ast!)
      expect(interpolations, html).toEqual([])
      const box = document.createElement('div')
      box.innerHTML = html
      expect(box.textContent!.trim(), html).toBe(title)
      expect([
        ...box.querySelectorAll('*'),
      ].map(el => el.tagName.toLowerCase()).filter(tag => tag !== 'p' && tag !== 'span'), html).toEqual([])
    }), { numRuns: 500 })
  })

  it.each(HOSTILE)('never lets %j through as markup', (text) => {
    const out = titleText(text)
    const inner = out.startsWith('<span v-pre>')
      ? out.slice('<span v-pre>'.length, -'</span>'.length)
      : out
    expect(inner).not.toMatch(/[<>{}[\]`"\n]/)
  })
})

describe('frontmatter', () => {
  const nasty = {
    title: '\n---\n',
    view: {
      list: ['a\n---\nb', '---', '--- x'],
      deep: { s: '\r\n---\r\n' },
      n: 3,
      b: true,
    },
  }

  it('never emits a line that is exactly --- (or starts with ---)', () => {
    const out = frontmatter(nasty)
    expect(out.split('\n').filter(l => l.trim() === '---')).toEqual([])
    expect(out.split('\n').filter(l => l.startsWith('---'))).toEqual([])
  })

  it('double-quotes every string, one line per scalar, and parses back to the same data', () => {
    const out = frontmatter(nasty)
    expect(parseYaml(out)).toEqual(nasty)
    for (const line of out.split('\n'))
      expect(line).toMatch(/^\s*(?:- )?(?:"\w+":(?: .*)?|".*")$/)
  })

  it('writes a small object as reviewed', () => {
    expect(frontmatter({
      layout: 'default',
      title: 'A: b',
      view: {
        n: 1,
        items: ['x', 'y "z"'],
      },
    })).toMatchInlineSnapshot(`
      ""layout": "default"
      "title": "A: b"
      "view":
        "n": 1
        "items":
          - "x"
          - "y \\"z\\"""
    `)
  })

  // Slidev ends frontmatter at the first `---` anywhere in the text (not only
  // on its own line), so `---` must not appear in the output at all.
  it('never emits --- anywhere (Slidev stops reading frontmatter there)', () => {
    expect(frontmatter({ title: 'a --- b' })).not.toContain('---')
  })
})
