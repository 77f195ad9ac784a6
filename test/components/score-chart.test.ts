// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ScoreChart from '../../components/ScoreChart.vue'
import './helpers.ts'

const subjects = [
  {
    id: 'a',
    name: 'Alpha',
    tagline: 't',
    color: '#2563eb',
  },
  {
    id: 'b',
    name: '<b>Beta</b>',
    tagline: 't',
    color: '#d97706',
  },
]
const rows = [
  {
    title: 'Speed',
    label: ['Speed'],
    scores: [5, 1],
  },
  {
    title: '{{ 7*7 }}',
    label: ['{{ 7*7 }}'],
    scores: [3, 4],
  },
]

const LABELS = { aspect: 'Aspect', scoreOf: '{score} of {max}' }

describe('<ScoreChart>', () => {
  it('draws one bar per subject and aspect, as long as the score', () => {
    const w = mount(ScoreChart, {
      props: {
        title: 'Scores by aspect',
        subjects,
        rows,
        labels: LABELS,
      },
    })
    const bars = w.findAll('rect.bar')
    expect(bars).toHaveLength(4)
    const width = (i: number) => Number(bars[i]!.attributes('width'))
    expect(width(0) / width(1)).toBeCloseTo(5, 5)
    expect(width(2) / width(3)).toBeCloseTo(3 / 4, 5)
    expect(bars.map(b => b.attributes('fill'))).toEqual([
      '#2563eb',
      '#d97706',
      '#2563eb',
      '#d97706',
    ])
  })

  it('shows a long aspect title whole, in the lines it was wrapped into, its row taller', () => {
    const long = {
      title: 'Structure for a growing codebase, in full',
      label: ['Structure for a growing', 'codebase, in full'],
      scores: [2, 5],
    }
    const w = mount(ScoreChart, {
      props: {
        title: 'Scores by aspect',
        subjects,
        rows: [rows[0]!, long],
        labels: LABELS,
      },
    })
    const labels = w.findAll('text.label')
    expect(labels[1]!.findAll('tspan').map(t => t.text())).toEqual(long.label)
    const rowTop = (i: number) => Number(/translate\(0 ([\d.]+)\)/.exec(w.findAll('svg > g').filter(g => g.find('text.label').exists())[i]!.attributes('transform')!)![1])
    const viewBox = w.get('svg').attributes('viewBox')!.split(' ').map(Number)
    expect(viewBox[3]! - rowTop(1)).toBeGreaterThan(rowTop(1) - rowTop(0))
  })

  it('has a text alternative: an SVG title and a table for screen readers', () => {
    const w = mount(ScoreChart, {
      props: {
        title: 'Scores by aspect',
        subjects,
        rows,
        labels: LABELS,
      },
    })
    const svg = w.get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(w.get(`#${svg.attributes('aria-labelledby')}`).text()).toContain('Speed: Alpha 5 of 5, <b>Beta</b> 1 of 5')
    const cells = w.findAll('table.sr-only tbody td').map(td => td.text())
    expect(cells).toEqual(['5 of 5', '1 of 5', '3 of 5', '4 of 5'])
  })

  it('says the scores in the words its labels give', () => {
    const w = mount(ScoreChart, {
      props: {
        title: 'Bewertung je Aspekt',
        subjects,
        rows,
        labels: { aspect: 'Aspekt', scoreOf: '{score} von {max}' },
      },
    })
    expect(w.get('table.sr-only thead th').text()).toBe('Aspekt')
    expect(w.findAll('table.sr-only tbody td').map(td => td.text())).toEqual([
      '5 von 5',
      '1 von 5',
      '3 von 5',
      '4 von 5',
    ])
    expect(w.get('svg title').text()).toContain('Speed: Alpha 5 von 5')
  })

  it('shows hostile text literally', () => {
    const w = mount(ScoreChart, {
      props: {
        title: 'T',
        subjects,
        rows,
        labels: LABELS,
      },
    })
    expect(w.text()).toContain('{{ 7*7 }}')
    expect(w.text()).toContain('<b>Beta</b>')
    expect(w.find('b').exists()).toBe(false)
    expect(w.text()).not.toContain('49')
  })
})
