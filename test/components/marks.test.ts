// @vitest-environment happy-dom
import type { CitationView } from '../../scripts/render/view.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CitationMarks from '../../components/CitationMarks.vue'
import ScoreMeter from '../../components/ScoreMeter.vue'
import { HOSTILE_HTML, subjectColor, texts } from './helpers.ts'

describe('<ScoreMeter>', () => {
  it.each([1, 2, 3, 4, 5])('score %i: that many filled pips out of 5', (score) => {
    const w = mount(ScoreMeter, {
      props: { score, color: '#123456', label: `score ${score} of 5` },
    })
    const pips = w.findAll('.pip')
    expect(pips).toHaveLength(5)
    expect(pips.map(p => p.classes('on'))).toEqual([1, 2, 3, 4, 5].map(i => i <= score))
    expect(w.attributes('role')).toBe('img')
    expect(w.attributes('aria-label')).toBe(`score ${score} of 5`)
    expect(w.get('.value').text()).toBe(`${score}/5`)
  })

  it('takes its colour from the subject', () => {
    expect(subjectColor(mount(ScoreMeter, {
      props: { score: 2, color: '#abcdef', label: 'score 2 of 5' },
    }))).toBe('#abcdef')
  })

  it('honours another max', () => {
    const w = mount(ScoreMeter, {
      props: {
        score: 7,
        max: 10,
        color: '#000000',
        label: 'Bewertung 7 von 10',
      },
    })
    expect(w.findAll('.pip')).toHaveLength(10)
    expect(w.findAll('.pip.on')).toHaveLength(7)
    expect(w.attributes('aria-label')).toBe('Bewertung 7 von 10')
    expect(w.get('.value').text()).toBe('7/10')
  })
})

const CITATIONS: CitationView[] = [
  { n: 1, title: 'First source', url: 'https://example.com/1' },
  { n: 3, title: 'Third source', url: 'https://example.org/three?x=1&y=2' },
  { n: 4, title: 'Fourth source', url: 'http://example.net/4' },
]

describe('<CitationMarks>', () => {
  it('renders nothing without citations', () => {
    const w = mount(CitationMarks, {
      props: { citations: [] },
    })
    expect(w.text()).toBe('')
    expect(w.find('span').exists()).toBe(false)
    expect(w.find('a').exists()).toBe(false)
  })

  it('renders the numbers in order, in brackets', () => {
    const w = mount(CitationMarks, {
      props: { citations: CITATIONS },
    })
    expect(texts(w.findAll('a'))).toEqual(['1', '3', '4'])
    expect(w.text()).toMatch(/^\[.*\]$/)
  })

  it('links each number to its source, in a new tab, without an opener', () => {
    const links = mount(CitationMarks, {
      props: { citations: CITATIONS },
    }).findAll('a')
    expect(links.map(a => a.attributes('href'))).toEqual(CITATIONS.map(c => c.url))
    expect(links.map(a => a.attributes('title'))).toEqual(CITATIONS.map(c => c.title))
    for (const a of links) {
      expect(a.attributes('target')).toBe('_blank')
      expect(a.attributes('rel')?.split(/\s+/)).toContain('noopener')
    }
  })

  it('keeps a hostile title inside the title attribute', () => {
    const title = `${HOSTILE_HTML} {{ 7*7 }}`
    const w = mount(CitationMarks, {
      props: {
        citations: [
          { n: 1, title, url: 'https://example.com/"><img src=x>' },
        ],
      },
    })
    expect(w.findAll('img')).toHaveLength(0)
    expect(w.get('a').attributes('title')).toBe(title)
    expect(w.get('a').attributes('href')).toBe('https://example.com/"><img src=x>')
    expect(w.text()).toBe('[1]')
  })
})
