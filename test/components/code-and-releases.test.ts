// @vitest-environment happy-dom
import type { CodeView, ReleasesView } from '../../scripts/render/view.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CodeCompare from '../../components/CodeCompare.vue'
import ReleaseTimeline from '../../components/ReleaseTimeline.vue'
import { cssVar, DATASETS, deck, expectInert, hostile, marked, subjectColor, SUBJECTS, texts, viewsOf } from './helpers.ts'

const real = await deck(DATASETS.real)
const code = viewsOf<CodeView>(real, 'CodeCompare')
const releases = viewsOf<ReleasesView>(real, 'ReleaseTimeline')

describe('<CodeCompare>', () => {
  it.each(code.map(v => [v.title, v] as const))('%s: a column per subject, its language, every line as written', (title, view) => {
    const w = mount(CodeCompare, { props: view })
    expect(w.get('h1').text()).toBe(marked(title, view.citations))
    const columns = w.findAll('section.panel')
    expect(columns).toHaveLength(view.subjects.length)
    columns.forEach((column, i) => {
      expect(column.get('h2').text()).toBe(`${view.subjects[i]!.name} ${view.code[i]!.language}`)
      expect(subjectColor(column)).toBe(view.subjects[i]!.color)
      // text() trims each line's leading spaces: compare the DOM text.
      expect(column.findAll('.line').map(l => l.element.textContent)).toEqual(view.code[i]!.lines.map(line => `${line.map(t => t.t).join('')}\n`))
    })
  })

  it('colours each token for light and dark through CSS variables, and shows hostile code as text', () => {
    const view: CodeView = {
      title: hostile('title'),
      subjects: SUBJECTS.slice(0, 2),
      code: [
        {
          language: 'html',
          lines: [
            [
              { t: '<img src=x onerror=alert(1)>', l: '#111111', d: '#EEEEEE' },
            ],
            [
              { t: '{{ 7*7 }}' },
            ],
          ],
        },
        {
          language: 'vue',
          lines: [
            [
              { t: '<script>alert(1)</script>' },
            ],
          ],
        },
      ],
      citations: [],
    }
    const w = mount(CodeCompare, { props: view })
    const token = w.get('.line span')
    expect(cssVar(token, '--light')).toBe('#111111')
    expect(cssVar(token, '--dark')).toBe('#EEEEEE')
    expectInert(w, [
      hostile('title'),
      '<script>alert(1)</script>',
    ])
  })
})

describe('<ReleaseTimeline>', () => {
  it('node-vs-django: hands the gantt chart and every bar in words to MermaidView, cited, with a key', () => {
    expect(releases).toHaveLength(1)
    const view = releases[0]!
    const w = mount(ReleaseTimeline, { props: view })
    expect(w.get('h1').text()).toBe(marked(view.title, view.citations))
    expect(w.get('.caption').text()).toContain('the line is today')
    expect(w.get('.stub-code').text()).toBe(view.code)
    expect(w.get('.stub-label').text()).toBe(`${view.title}. ${view.labels.join('; ')}`)
    expect(view.labels).toContain('Node.js 26 LTS: May 5, 2026 to Apr 30, 2029')
    expect(view.labels).toContain('Django 5.2 LTS: Apr 2, 2025 to Apr 30, 2028')
    const chart = w.get('.timeline')
    expect([
      cssVar(chart, '--s0'),
      cssVar(chart, '--s1'),
    ]).toEqual(view.subjects.map(s => s.color))
    // Black on Node's light green, white on Django's blue.
    expect([
      cssVar(chart, '--t0'),
      cssVar(chart, '--t1'),
    ]).toEqual(['#000000', '#ffffff'])
  })

  it('shows hostile names and titles as text', () => {
    const view: ReleasesView = {
      title: hostile('title'),
      subjects: SUBJECTS.slice(0, 1),
      code: 'gantt',
      labels: [
        hostile('label'),
      ],
      barText: ['#000000'],
      citations: [
        {
          n: 1,
          title: hostile('source'),
          url: 'https://example.com/',
        },
      ],
      caption: hostile('caption'),
    }
    const w = mount(ReleaseTimeline, { props: view })
    expectInert(w, [
      hostile('title'),
      hostile('label'),
      hostile('caption'),
    ])
    expect(texts(w.findAll('.citations a'))).toEqual(['1'])
  })
})
