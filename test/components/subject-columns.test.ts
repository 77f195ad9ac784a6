// @vitest-environment happy-dom
import type { AspectView, BestForView, ProsConsView, TableView } from '../../scripts/render/view.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AspectCompare from '../../components/AspectCompare.vue'
import ComparisonTable from '../../components/ComparisonTable.vue'
import ProsCons from '../../components/ProsCons.vue'
import WhenToChoose from '../../components/WhenToChoose.vue'
import { expectInert, hostile, loadDecks, subjectColor, SUBJECTS, texts, viewOf, viewsOf } from './helpers.ts'

const decks = await loadDecks()

describe('<ComparisonTable>', () => {
  const two = viewsOf<TableView>(decks.two, 'ComparisonTable')
  const three = viewsOf<TableView>(decks.three, 'ComparisonTable')
  const four = viewsOf<TableView>(decks.four, 'ComparisonTable')
  const CASES = [
    {
      name: '2 subjects',
      views: two,
      subjects: ['Alpha', 'Beta'],
    },
    {
      name: '3 subjects',
      views: three,
      subjects: ['Go', 'Rust', 'Zig'],
    },
    {
      name: '4 subjects',
      views: four,
      subjects: [
        'PostgreSQL',
        'MySQL',
        'MongoDB',
        'Redis',
      ],
    },
  ]

  describe.each(CASES)('$name', ({ views, subjects }) => {
    it.each(views.map(v => [v.title, v] as const))('%s: one column per subject, in order and in its colour', (title, view) => {
      const w = mount(ComparisonTable, { props: view })
      expect(w.get('h1').text()).toBe(title)
      const heads = w.findAll('thead th')
      expect(texts(heads)).toEqual(['Aspect', ...subjects])
      expect(heads.slice(1).map(subjectColor)).toEqual(view.subjects.map(s => s.color))
      expect(w.get('table').attributes('style')).toContain(`--columns: ${subjects.length}`)
    })

    it.each(views.map(v => [v.title, v] as const))('%s: every row title and cell, each cell in its subject\'s colour', (_, view) => {
      const w = mount(ComparisonTable, { props: view })
      const rows = w.findAll('tbody tr')
      expect(rows).toHaveLength(view.rows.length)
      rows.forEach((tr, r) => {
        expect(tr.get('th').text()).toBe(view.rows[r]!.title)
        expect(tr.get('th').attributes('scope')).toBe('row')
        const cells = tr.findAll('td')
        expect(texts(cells)).toEqual(view.rows[r]!.cells)
        expect(cells.map(subjectColor)).toEqual(view.subjects.map(s => s.color))
      })
    })
  })

  it('the two overview slides of full-3 show all seven aspects, in dataset order', () => {
    expect(three.map(v => v.title)).toEqual(['At a glance (1/2)', 'At a glance (2/2)'])
    const rows = three.flatMap(v => mount(ComparisonTable, { props: v }).findAll('tbody tr'))
    expect(rows.map(tr => tr.get('th').text())).toEqual([
      'Runtime speed',
      'Memory safety',
      'Build times',
      'Tooling',
      'Ecosystem',
      'Learning curve',
      'Hiring',
    ])
    expect(texts(rows[1]!.findAll('td'))).toEqual(['GC', 'Borrow checker', 'Manual, with checks in safe builds'])
  })

  it('four.json: the cells land under the right subject', () => {
    const w = mount(ComparisonTable, { props: four[0]! })
    const speed = w.findAll('tbody tr')[1]!
    expect(texts(speed.findAll('td'))).toEqual(['Good', 'Good', 'Good', 'Fastest'])
    expect(subjectColor(speed.findAll('td')[3]!)).toBe('#c026d3')
  })

  it('shows hostile text literally', () => {
    const props: TableView = {
      title: hostile('title'),
      subjects: [
        {
          ...SUBJECTS[0]!,
          name: hostile('name'),
        },
        SUBJECTS[1]!,
      ],
      rows: [
        {
          id: 'r',
          title: hostile('row'),
          cells: [
            hostile('cell a'),
            '</td><td>{{ 7*7 }}',
          ],
        },
      ],
      aspectLabel: hostile('aspect label'),
    }
    const w = mount(ComparisonTable, { props })
    expectInert(w, [
      hostile('title'),
      hostile('name'),
      hostile('row'),
      hostile('cell a'),
      hostile('aspect label'),
    ])
    expect(texts(w.findAll('td'))).toEqual([
      hostile('cell a'),
      '</td><td>{{ 7*7 }}',
    ])
  })
})

// ScoreMeter and CitationMarks are registered globally by helpers.ts, as Slidev does.
describe('<AspectCompare>', () => {
  const two = viewsOf<AspectView>(decks.two, 'AspectCompare')
  const three = viewsOf<AspectView>(decks.three, 'AspectCompare')
  const four = viewsOf<AspectView>(decks.four, 'AspectCompare')
  const real = viewsOf<AspectView>(decks.real, 'AspectCompare')
  const all = [
    ...two,
    ...three,
    ...four,
    ...real,
  ].map(v => [`${v.subjects.length} subjects, ${v.title}`, v] as const)

  it.each(all)('%s: one column per subject with its name, cell and details, in order', (_, view) => {
    const w = mount(AspectCompare, { props: view })
    expect(w.get('h1').text()).toContain(view.title)
    const sides = w.findAll('section.side')
    expect(sides).toHaveLength(view.subjects.length)
    expect(w.get('.vs-columns').attributes('style')).toContain(`--columns: ${view.subjects.length}`)
    sides.forEach((side, i) => {
      const s = view.subjects[i]!
      const expected = view.sides[i]!
      expect(side.get('h2').text()).toBe(s.name)
      expect(subjectColor(side)).toBe(s.color)
      expect(side.get('.cell').text()).toBe(expected.cell)
      // Each bullet: its text, then the numbers of its sources.
      expect(texts(side.findAll('.details li'))).toEqual(expected.details.map(d => d.citations.length
        ? `${d.text}[${d.citations.map(c => c.n).join(', ')}]`
        : d.text))
    })
  })

  it.each(all)('%s: a meter per scored side, in the subject\'s colour, none without a score', (_, view) => {
    const sides = mount(AspectCompare, { props: view }).findAll('section.side')
    sides.forEach((side, i) => {
      const score = view.sides[i]!.score
      const meter = side.find('.meter')
      expect(meter.exists()).toBe(score !== undefined)
      if (score !== undefined) {
        expect(meter.attributes('aria-label')).toBe(`score ${score} of 5`)
        expect(meter.findAll('.pip.on')).toHaveLength(score)
        expect(subjectColor(meter)).toBe(view.subjects[i]!.color)
      }
    })
  })

  it.each(all)('%s: citation numbers in the title link to their sources', (_, view) => {
    const links = mount(AspectCompare, { props: view }).findAll('h1 .citations a')
    expect(texts(links)).toEqual(view.citations.map(c => String(c.n)))
    expect(links.map(a => a.attributes('href'))).toEqual(view.citations.map(c => c.url))
  })

  it('full-3, Runtime speed: details, scores and citations from the dataset', () => {
    const w = mount(AspectCompare, { props: three[0]! })
    expect(w.get('h1').text()).toBe('Runtime speed[1, 2]')
    const sides = w.findAll('section.side')
    expect(texts(sides.map(s => s.get('.cell')))).toEqual(['Fast', 'Fastest', 'Fastest'])
    // A plain bullet, then one with its own source: s6 is the sixth source.
    expect(texts(sides[0]!.findAll('li'))).toEqual(['GC pauses are short', 'Good enough for most services[6]'])
    expect(sides[0]!.findAll('li a').map(a => a.attributes('href'))).toEqual(['https://example.com/6'])
    expect(texts(sides[1]!.findAll('li'))).toEqual(['Zero-cost abstractions'])
    expect(sides[2]!.findAll('li')).toHaveLength(0)
    expect(sides.map(s => s.get('.meter').attributes('aria-label'))).toEqual(['score 4 of 5', 'score 5 of 5', 'score 5 of 5'])
    expect(sides.map(subjectColor)).toEqual(['#00add8', '#ddeeaa', '#059669'])
    expect(w.findAll('h1 a').map(a => a.attributes('href'))).toEqual(['https://go.dev/doc/', 'https://doc.rust-lang.org/book/'])
  })

  it('hides every meter and the citation marks when the aspect has neither', () => {
    const unscored = three.find(v => v.title === 'Build times')!
    const w = mount(AspectCompare, { props: unscored })
    expect(w.find('.meter').exists()).toBe(false)
    expect(w.find('.citations').exists()).toBe(false)
    expect(w.get('h1').text()).toBe('Build times')
  })

  it('hides only the meters whose score is undefined', () => {
    const props: AspectView = {
      title: 'Mixed',
      subjects: SUBJECTS.slice(0, 3),
      sides: [
        { cell: 'a', details: [], score: 2 },
        { cell: 'b', details: [] },
        { cell: 'c', details: [], score: 1 },
      ],
      citations: [],
      size: 'regular',
    }
    const sides = mount(AspectCompare, { props }).findAll('section.side')
    expect(sides.map(s => s.find('.meter').exists())).toEqual([true, false, true])
  })

  it('shows hostile text literally', () => {
    const props: AspectView = {
      title: hostile('title'),
      subjects: [
        {
          ...SUBJECTS[0]!,
          name: hostile('name'),
        },
        SUBJECTS[1]!,
      ],
      sides: [
        {
          cell: hostile('cell'),
          details: [
            {
              text: hostile('detail 1'),
              citations: [],
            },
            {
              text: '<!-- -->',
              citations: [
                {
                  n: 2,
                  title: hostile('source'),
                  url: 'https://example.com/',
                },
              ],
            },
          ],
          score: 3,
        },
        { cell: '</section><b>x</b>', details: [] },
      ],
      citations: [
        {
          n: 1,
          title: hostile('source'),
          url: 'https://example.com/',
        },
      ],
      size: 'large',
    }
    const w = mount(AspectCompare, { props })
    expectInert(w, [
      hostile('title'),
      hostile('name'),
      hostile('cell'),
      hostile('detail 1'),
      '<!-- -->',
      '</section><b>x</b>',
    ])
    expect(w.findAll('b')).toHaveLength(0)
    expect(w.findAll('section')).toHaveLength(2)
  })
})

describe('<WhenToChoose>', () => {
  const three = viewOf<BestForView>(decks.three, 'WhenToChoose')
  const four = viewOf<BestForView>(decks.four, 'WhenToChoose')
  const real = viewOf<BestForView>(decks.real, 'WhenToChoose')
  const two: BestForView = {
    title: 'When to choose which',
    subjects: SUBJECTS.slice(0, 2),
    lists: [
      [
        { title: 'Small teams', detail: 'Fewer moving parts', citations: [] },
      ],
      [
        { title: 'Big data', citations: [] },
        { title: 'Batch jobs', detail: 'Nightly', citations: [] },
      ],
    ],
  }
  const CASES = [
    { name: '2 subjects (hand-written)', view: two },
    { name: '2 subjects (node-vs-django)', view: real },
    { name: '3 subjects', view: three },
    { name: '4 subjects', view: four },
  ]

  it.each(CASES)('$name: one column per subject, in order, in its colour, with every item', ({ view }) => {
    const w = mount(WhenToChoose, { props: view })
    expect(w.get('h1').text()).toBe(view.title)
    expect(w.get('.vs-columns').attributes('style')).toContain(`--columns: ${view.subjects.length}`)
    const sections = w.findAll('section')
    expect(sections).toHaveLength(view.subjects.length)
    sections.forEach((section, i) => {
      const s = view.subjects[i]!
      expect(section.get('h2').text()).toBe(s.name)
      expect(section.get('h2').classes()).toContain('vs-subject-text')
      expect(subjectColor(section)).toBe(s.color)
      const items = view.lists[i]!
      const lis = section.findAll('li')
      expect(lis).toHaveLength(items.length)
      lis.forEach((li, j) => {
        expect(li.get('strong').text()).toBe(items[j]!.title)
        if (items[j]!.detail)
          expect(li.get('.detail').text()).toBe(items[j]!.detail)
        else
          expect(li.find('.detail').exists()).toBe(false)
      })
    })
  })

  it('full-3: the dataset\'s items, and an empty column for Zig', () => {
    const sections = mount(WhenToChoose, { props: three }).findAll('section')
    expect(texts(sections[0]!.findAll('strong'))).toEqual(['Network services', 'Ops tooling'])
    expect(texts(sections[0]!.findAll('.detail'))).toEqual(['HTTP APIs and CLIs'])
    expect(texts(sections[1]!.findAll('strong'))).toEqual(['Performance-critical code'])
    expect(sections[2]!.findAll('li')).toHaveLength(0)
    expect(sections.map(subjectColor)).toEqual(['#00add8', '#ddeeaa', '#059669'])
  })

  it('four.json: only Redis lists something', () => {
    const sections = mount(WhenToChoose, { props: four }).findAll('section')
    expect(sections.map(s => s.findAll('li').length)).toEqual([0, 0, 0, 1])
    expect(sections[3]!.get('strong').text()).toBe('Caching')
  })

  it('shows hostile text literally', () => {
    const props: BestForView = {
      title: hostile('title'),
      subjects: [
        {
          ...SUBJECTS[0]!,
          name: hostile('name'),
        },
        SUBJECTS[1]!,
      ],
      lists: [
        [
          { title: 'v-if="false"', detail: '@click="alert(1)"', citations: [] },
        ],
        [
          {
            title: hostile('item'),
            detail: hostile('detail'),
            citations: [],
          },
        ],
      ],
    }
    const w = mount(WhenToChoose, { props })
    expectInert(w, [
      hostile('title'),
      hostile('name'),
      'v-if="false"',
      '@click="alert(1)"',
      hostile('item'),
      hostile('detail'),
    ])
  })
})

function column(w: ReturnType<typeof mount>, key: 'pros' | 'cons') {
  return w.get(`section.${key}`)
}

describe('<ProsCons>', () => {
  const three = viewsOf<ProsConsView>(decks.three, 'ProsCons')
  const four = viewsOf<ProsConsView>(decks.four, 'ProsCons')
  const real = viewsOf<ProsConsView>(decks.real, 'ProsCons')
  const all = [
    ...three,
    ...four,
    ...real,
  ].map(v => [v.title, v] as const)

  it('the generator makes one slide per subject with pros or cons', () => {
    expect(three.map(v => v.subject.name)).toEqual(['Go', 'Rust'])
    expect(four.map(v => v.subject.name)).toEqual(['PostgreSQL', 'MongoDB'])
  })

  it.each(all)('%s: every pro and con, title and detail, in its column', (title, view) => {
    const w = mount(ProsCons, { props: view })
    expect(w.get('h1').text()).toBe(title)
    for (const [key, heading, mark, items] of [
      ['pros', 'Strengths', '+', view.pros],
      ['cons', 'Trade-offs', '−', view.cons],
    ] as const) {
      const col = column(w, key)
      expect(col.get('h2').text()).toBe(heading)
      const lis = col.findAll('li')
      expect(lis).toHaveLength(items.length)
      lis.forEach((li, i) => {
        const item = items[i]!
        expect(li.get('.mark').text()).toBe(mark)
        expect(li.get('.mark').attributes('aria-hidden')).toBe('true')
        expect(li.get('strong').text()).toBe(item.title)
        if (item.detail)
          expect(li.get('.detail').text()).toBe(item.detail)
        else
          expect(li.find('.detail').exists()).toBe(false)
      })
    }
  })

  it.each(all)('%s: the subject\'s colour reaches title and columns', (_, view) => {
    const w = mount(ProsCons, { props: view })
    expect(subjectColor(w.get('h1'))).toBe(view.subject.color)
    expect(subjectColor(w.get('.vs-columns'))).toBe(view.subject.color)
  })

  it('full-3, Go: the dataset\'s items', () => {
    const w = mount(ProsCons, { props: three[0]! })
    expect(texts(column(w, 'pros').findAll('strong'))).toEqual(['Fast builds', 'Simple'])
    expect(texts(column(w, 'pros').findAll('.detail'))).toEqual(['Whole programs compile in seconds'])
    expect(texts(column(w, 'cons').findAll('strong'))).toEqual(['Verbose error handling'])
    expect(texts(column(w, 'cons').findAll('.detail'))).toEqual(['if err != nil everywhere'])
    expect(subjectColor(w.get('h1'))).toBe('#00add8')
  })

  it('an empty side keeps its heading and lists nothing', () => {
    const w = mount(ProsCons, { props: four[1]! }) // MongoDB: cons only
    expect(column(w, 'pros').findAll('li')).toHaveLength(0)
    expect(texts(column(w, 'cons').findAll('strong'))).toEqual(['Joins'])
    expect(texts(column(w, 'cons').findAll('.detail'))).toEqual(['Lookups only'])
  })

  it('shows the title it is given', () => {
    const props: ProsConsView = {
      title: 'Why pick Alpha',
      subject: SUBJECTS[0]!,
      pros: [
        { title: 'p', citations: [] },
      ],
      cons: [],
      headings: { pros: 'Stärken', cons: 'Schwächen' },
    }
    expect(mount(ProsCons, { props }).get('h1').text()).toContain('Why pick Alpha')
  })

  it('shows hostile text literally', () => {
    const props: ProsConsView = {
      title: `${hostile('name')}: strengths and trade-offs`,
      subject: {
        ...SUBJECTS[0]!,
        name: hostile('name'),
      },
      pros: [
        {
          title: hostile('pro'),
          detail: hostile('pro detail'),
          citations: [],
        },
      ],
      cons: [
        { title: '-->', citations: [] },
        {
          title: hostile('con'),
          detail: '<style>body{display:none}</style>',
          citations: [],
        },
      ],
      headings: {
        pros: hostile('pros heading'),
        cons: hostile('cons heading'),
      },
    }
    const w = mount(ProsCons, { props })
    expectInert(w, [
      hostile('pros heading'),
      hostile('cons heading'),
      hostile('name'),
      hostile('pro'),
      hostile('pro detail'),
      '-->',
      hostile('con'),
      '<style>body{display:none}</style>',
    ])
  })
})
