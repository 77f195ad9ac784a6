// @vitest-environment happy-dom
import type { AgendaView, SourcesView, SubjectIntroView, TitleView, VerdictView } from '../../scripts/render/view.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AgendaList from '../../components/AgendaList.vue'
import SourceList from '../../components/SourceList.vue'
import SubjectIntro from '../../components/SubjectIntro.vue'
import TitleSlide from '../../components/TitleSlide.vue'
import VerdictSlide from '../../components/VerdictSlide.vue'
import { expectInert, hostile, loadDecks, marked, subjectColor, SUBJECTS, texts, viewOf, viewsOf } from './helpers.ts'

const decks = await loadDecks()

describe('<TitleSlide>', () => {
  const full = viewOf<TitleView>(decks.three, 'TitleSlide')
  const minimal = viewOf<TitleView>(decks.two, 'TitleSlide')
  const four = viewOf<TitleView>(decks.four, 'TitleSlide')

  it('shows title, subtitle and byline from the generated view', () => {
    const w = mount(TitleSlide, { props: full })
    expect(w.get('h1').text()).toBe('Go vs Rust vs Zig')
    expect(w.get('.subtitle').text()).toBe('Three systems languages, compared')
    expect(w.get('.byline').text()).toBe('Test Author · Fixture conference · 2026')
  })

  it.each([
    [
      '2 subjects',
      minimal,
      ['Alpha', 'Beta'],
    ],
    [
      '3 subjects',
      full,
      ['Go', 'Rust', 'Zig'],
    ],
    [
      '4 subjects',
      four,
      [
        'PostgreSQL',
        'MySQL',
        'MongoDB',
        'Redis',
      ],
    ],
  ])('has one chip per subject in order, in its colour (%s)', (_, view, names) => {
    const chips = mount(TitleSlide, { props: view }).findAll('.chip')
    expect(texts(chips)).toEqual(names)
    expect(chips.map(subjectColor)).toEqual(view.subjects.map(s => s.color))
  })

  it('colours reach the chips: own, short-hex and fallback colours', () => {
    const chips = mount(TitleSlide, { props: full }).findAll('.chip')
    // go #00ADD8, rust #DEA (expanded), zig has none: third fallback colour.
    expect(chips.map(subjectColor)).toEqual(['#00add8', '#ddeeaa', '#059669'])
  })

  it('leaves out subtitle and byline when the dataset has none', () => {
    const w = mount(TitleSlide, { props: minimal })
    expect(w.get('h1').text()).toBe('Minimal')
    expect(w.find('.subtitle').exists()).toBe(false)
    expect(w.find('.byline').exists()).toBe(false)
  })

  it('puts the separator only between author and event', () => {
    const subjects = SUBJECTS.slice(0, 2)
    expect(mount(TitleSlide, {
      props: { title: 'T', author: 'Ann', subjects },
    }).get('.byline').text()).toBe('Ann')
    expect(mount(TitleSlide, {
      props: { title: 'T', event: 'Conf', subjects },
    }).get('.byline').text()).toBe('Conf')
  })

  it('shows hostile text literally', () => {
    const props: TitleView = {
      title: hostile('title'),
      subtitle: hostile('subtitle'),
      author: hostile('author'),
      event: hostile('event'),
      subjects: [
        {
          ...SUBJECTS[0]!,
          name: hostile('name'),
        },
        SUBJECTS[1]!,
      ],
    }
    const w = mount(TitleSlide, { props })
    expectInert(w, [
      props.title,
      props.subtitle!,
      props.author!,
      props.event!,
      props.subjects[0]!.name,
    ])
    expect(w.get('h1').text()).toBe(props.title)
  })
})

describe('<AgendaList>', () => {
  const full = viewOf<AgendaView>(decks.three, 'AgendaList')
  const minimal = viewOf<AgendaView>(decks.two, 'AgendaList')

  it.each([
    ['minimal', minimal],
    ['full-3', full],
  ])('shows every generated item, numbered, with its detail (%s)', (_, view) => {
    const w = mount(AgendaList, { props: view })
    expect(w.get('h1').text()).toBe('Agenda')
    const items = w.findAll('li')
    expect(items).toHaveLength(view.items.length)
    expect(texts(w.findAll('.num'))).toEqual(view.items.map((_, i) => String(i + 1)))
    expect(texts(w.findAll('.item-title'))).toEqual(view.items.map(i => i.title))
    items.forEach((li, i) => {
      const detail = view.items[i]!.detail
      if (detail)
        expect(li.get('.detail').text()).toBe(detail)
      else
        expect(li.find('.detail').exists()).toBe(false)
    })
  })

  it('the full deck lists every section, with and without details', () => {
    const w = mount(AgendaList, { props: full })
    expect(texts(w.findAll('.item-title'))).toEqual([
      'The candidates',
      'At a glance',
      'Aspect by aspect',
      'Under the hood',
      'Strengths and trade-offs',
      'When to choose which',
      'Which one for your project?',
      'Verdict',
    ])
    expect(w.findAll('.detail')).toHaveLength(5)
    expect(w.findAll('.detail')[0]!.text()).toBe('Go, Rust, and Zig')
    expect(w.findAll('.detail')[4]!.text()).toBe('A web API · A game engine')
  })

  it('shows hostile text literally', () => {
    const props: AgendaView = {
      title: hostile('title'),
      items: [
        {
          title: hostile('item'),
          detail: hostile('detail'),
        },
        {
          title: hostile('bare'),
        },
      ],
    }
    const w = mount(AgendaList, { props })
    expectInert(w, [
      props.title,
      hostile('item'),
      hostile('detail'),
      hostile('bare'),
    ])
  })
})

describe('<SubjectIntro>', () => {
  const full = viewsOf<SubjectIntroView>(decks.three, 'SubjectIntro')
  const minimal = viewsOf<SubjectIntroView>(decks.two, 'SubjectIntro')
  const four = viewsOf<SubjectIntroView>(decks.four, 'SubjectIntro')

  it('the generator makes one per subject', () => {
    expect(minimal.map(v => v.subject.name)).toEqual(['Alpha', 'Beta'])
    expect(full.map(v => v.subject.name)).toEqual(['Go', 'Rust', 'Zig'])
    expect(four.map(v => v.subject.name)).toEqual([
      'PostgreSQL',
      'MySQL',
      'MongoDB',
      'Redis',
    ])
  })

  it.each(full.map(v => [v.subject.name, v] as const))('shows everything about %s', (_, view) => {
    const w = mount(SubjectIntro, { props: view })
    expect(w.get('h1').text()).toBe(view.subject.name)
    expect(w.get('.tagline').text()).toBe(view.subject.tagline)
    expect(w.get('.summary').text()).toBe(marked(view.summary!, view.citations))
    expect(w.get('.facts span').text()).toBe(`Language: ${view.language}`)
    expect(w.get('.facts strong').text()).toBe(view.language)
    const link = w.get('.facts a')
    expect(link.text()).toBe(view.homepage)
    expect(link.attributes('href')).toBe(view.homepage)
    expect(link.attributes('target')).toBe('_blank')
    expect(link.attributes('rel')?.split(/\s+/)).toContain('noopener')
    expect(subjectColor(w.get('.intro'))).toBe(view.subject.color)
  })

  it('keeps the exact homepage URLs and colours of the dataset', () => {
    expect(full.map(v => mount(SubjectIntro, { props: v }).get('.facts a').attributes('href')))
      .toEqual(['https://go.dev', 'https://www.rust-lang.org', 'http://ziglang.org'])
    expect(four.map(v => subjectColor(mount(SubjectIntro, { props: v }).get('.intro'))))
      .toEqual([
        '#2563eb',
        '#d97706',
        '#059669',
        '#c026d3',
      ])
  })

  it('leaves out summary, language and link when the subject has none', () => {
    const w = mount(SubjectIntro, { props: minimal[0]! })
    expect(w.get('h1').text()).toBe('Alpha')
    expect(w.get('.tagline').text()).toBe('The first one')
    expect(w.find('.summary').exists()).toBe(false)
    expect(w.find('a').exists()).toBe(false)
    expect(w.text()).not.toContain('Language')
  })

  it('shows hostile text literally, and a hostile URL only as an attribute value', () => {
    const homepage = 'https://example.com/?q="><img src=x onerror=alert(1)>'
    const props: SubjectIntroView = {
      subject: {
        ...SUBJECTS[0]!,
        name: hostile('name'),
        tagline: hostile('tagline'),
      },
      language: hostile('language'),
      summary: hostile('summary'),
      homepage,
      citations: [
        {
          n: 3,
          title: hostile('source'),
          url: 'https://example.com/',
        },
      ],
      labels: {
        eyebrow: hostile('eyebrow'),
        language: [
          hostile('before the language'),
          hostile('after the language'),
        ],
      },
    }
    const w = mount(SubjectIntro, { props })
    expectInert(w, [
      hostile('name'),
      hostile('tagline'),
      hostile('language'),
      hostile('summary'),
      hostile('eyebrow'),
      hostile('before the language'),
      hostile('after the language'),
      homepage,
    ])
    expect(w.get('.facts a').attributes('href')).toBe(homepage)
    expect(w.get('.summary .citations a').attributes('href')).toBe('https://example.com/')
  })
})

describe('<VerdictSlide>', () => {
  const three = viewOf<VerdictView>(decks.three, 'VerdictSlide')
  const four = viewOf<VerdictView>(decks.four, 'VerdictSlide')
  const real = viewOf<VerdictView>(decks.real, 'VerdictSlide')

  it.each([
    ['full-3', three],
    ['four.json', four],
    ['node-vs-django', real],
  ] as const)('%s: title, summary and every point', (_, view) => {
    const w = mount(VerdictSlide, { props: view })
    expect(w.get('h1').text()).toBe(view.title)
    if (view.summary)
      expect(w.get('.summary').text()).toBe(view.summary)
    else
      expect(w.find('.summary').exists()).toBe(false)
    expect(texts(w.findAll('.points li'))).toEqual(view.points.map(p => marked(p.text, p.citations)))
  })

  it('reveals the points one click at a time: v-click on each point, nothing else', () => {
    // helpers.ts registers `click` as a no-op; this records where it is used.
    const clicked: Element[] = []
    const w = mount(VerdictSlide, {
      props: three,
      global: {
        directives: {
          click: {
            mounted: (el: Element) => clicked.push(el),
          },
        },
      },
    })
    expect(clicked).toEqual(w.findAll('.points li').map(li => li.element))
    expect(clicked).toHaveLength(three.points.length)
  })

  it('without Slidev, every point shows (the no-op v-click hides nothing)', () => {
    const w = mount(VerdictSlide, { props: real })
    const items = w.findAll('.points li')
    expect(items).toHaveLength(real.points.length)
    for (const li of items) {
      expect(li.isVisible()).toBe(true)
      expect(li.classes()).toEqual(['vs-wrap'])
    }
  })

  it('full-3: no mean score, although the deck has scores (a mean over unrelated aspects means nothing)', () => {
    const w = mount(VerdictSlide, { props: three })
    expect(w.get('.summary').text()).toBe('Pick by team and workload.')
    expect(w.findAll('.bar')).toHaveLength(0)
    expect(w.text()).not.toMatch(/mean|average|\d\.\d/i)
  })

  it('shows hostile text literally', () => {
    const props: VerdictView = {
      title: hostile('title'),
      summary: '</span><span v-html="\'x\'"> {{ 7*7 }} <img src=x onerror=alert(1)>',
      points: [
        {
          text: hostile('point'),
          citations: [],
        },
        {
          text: '$$ math $$',
          citations: [
            {
              n: 1,
              title: hostile('source'),
              url: 'https://example.com/',
            },
          ],
        },
      ],
    }
    const w = mount(VerdictSlide, { props })
    expectInert(w, [
      hostile('title'),
      props.summary!,
      hostile('point'),
      '$$ math $$',
    ])
  })
})

describe('<SourceList>', () => {
  const three = viewsOf<SourcesView>(decks.three, 'SourceList')
  const real = viewsOf<SourcesView>(decks.real, 'SourceList')

  it.each([
    ...three,
    ...real,
  ].map(v => [v.title, v] as const))('%s: every source numbered, titled and linked', (title, view) => {
    const w = mount(SourceList, { props: view })
    expect(w.get('h1').text()).toBe(title)
    const items = w.findAll('li')
    expect(items).toHaveLength(view.sources.length)
    items.forEach((li, i) => {
      const s = view.sources[i]!
      expect(li.get('.n').text()).toBe(`[${s.n}]`)
      expect(li.get('.vs-wrap').text()).toBe(s.title)
      const a = li.get('a')
      expect(a.text()).toBe(s.url)
      expect(a.attributes('href')).toBe(s.url)
      expect(a.attributes('target')).toBe('_blank')
      expect(a.attributes('rel')?.split(/\s+/)).toContain('noopener')
      if (s.checked)
        expect(li.get('.checked').text()).toBe(`· ${s.checked}`)
      else
        expect(li.find('.checked').exists()).toBe(false)
    })
  })

  it('full-3: nine sources over two slides, numbered 1 to 9 in dataset order', () => {
    expect(three.map(v => v.title)).toEqual(['Sources (1/2)', 'Sources (2/2)'])
    const items = three.flatMap(v => mount(SourceList, { props: v }).findAll('li'))
    expect(texts(items.map(li => li.get('.n')))).toEqual([
      '[1]',
      '[2]',
      '[3]',
      '[4]',
      '[5]',
      '[6]',
      '[7]',
      '[8]',
      '[9]',
    ])
    expect(items[0]!.get('a').attributes('href')).toBe('https://go.dev/doc/')
    expect(items[0]!.get('.checked').text()).toBe('· checked Jan 15, 2026')
    expect(items[1]!.find('.checked').exists()).toBe(false)
    expect(items[8]!.text()).toContain('Source nine: more than eight sources need two slides')
  })

  it('shows hostile text literally', () => {
    const url = 'https://example.com/a_(b)?q="><img src=x>'
    const props: SourcesView = {
      title: hostile('title'),
      sources: [
        {
          n: 1,
          title: '<a href=javascript:alert(1)>x</a>',
          url,
          checked: hostile('checked'),
        },
        {
          n: 2,
          title: hostile('source'),
          url: 'https://example.com/',
        },
      ],
    }
    const w = mount(SourceList, { props })
    expectInert(w, [
      hostile('title'),
      '<a href=javascript:alert(1)>x</a>',
      url,
      hostile('checked'),
      hostile('source'),
    ])
    expect(w.findAll('a').map(a => a.attributes('href'))).toEqual([url, 'https://example.com/'])
  })
})
