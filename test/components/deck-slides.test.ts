// @vitest-environment happy-dom
import type { Component } from 'vue'
import type { Slide } from '../../scripts/render/slide.ts'
import type { DecisionView } from '../../scripts/render/view.ts'
import { parse } from '@slidev/parser'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import AgendaList from '../../components/AgendaList.vue'
import ArchitectureDiagram from '../../components/ArchitectureDiagram.vue'
import AspectCompare from '../../components/AspectCompare.vue'
import CodeCompare from '../../components/CodeCompare.vue'
import ComparisonTable from '../../components/ComparisonTable.vue'
import DecisionMatrix from '../../components/DecisionMatrix.vue'
import ProsCons from '../../components/ProsCons.vue'
import ReleaseTimeline from '../../components/ReleaseTimeline.vue'
import ScoreChart from '../../components/ScoreChart.vue'
import SourceList from '../../components/SourceList.vue'
import SubjectIntro from '../../components/SubjectIntro.vue'
import TitleSlide from '../../components/TitleSlide.vue'
import VerdictSlide from '../../components/VerdictSlide.vue'
import WhenToChoose from '../../components/WhenToChoose.vue'
import { deckSlides, renderDeck } from '../../scripts/render/deck.ts'
import { SLIDE_CONTENT, slideView } from '../../scripts/render/slide.ts'
import { DATASETS, loadData, ROOT, unmountAfterEach } from './helpers.ts'
import { resetNav } from './slidev-client-stub.ts'

// DecisionMatrix imports '@slidev/client', which only works inside a running
// Slidev app; slidev-client-stub.ts explains the stand-in used instead. Every
// slide starts from the same link (its page, no query), as a fresh tab would,
// and is unmounted after its test (which closes a matrix's BroadcastChannel).
vi.mock('@slidev/client', () => import('./slidev-client-stub.ts'))
beforeEach(resetNav)
unmountAfterEach()

// Every slide of every dataset, mounted the way Slidev does it: the component
// named in the slide body, bound to the `view` read back from the generated
// frontmatter. test/setup/vue-warnings.ts turns any Vue warning into a
// failure, so a missing, mistyped or unknown prop fails here too.
// ArchitectureDiagram draws through the MermaidView stand-in that helpers.ts
// registers (Mermaid needs a browser).

const COMPONENTS: Record<string, Component> = {
  TitleSlide,
  AgendaList,
  SubjectIntro,
  ComparisonTable,
  AspectCompare,
  ArchitectureDiagram,
  CodeCompare,
  ReleaseTimeline,
  ProsCons,
  WhenToChoose,
  DecisionMatrix,
  ScoreChart,
  VerdictSlide,
  SourceList,
}

interface Loaded { path: string, slides: Slide[], views: unknown[], components: string[] }

async function load(path: string): Promise<Loaded> {
  const data = await loadData(path)
  const markdown = renderDeck(data, { source: path, exportName: 'deck' })
  const parsed = await parse(markdown, `${ROOT}slides.md`)
  return {
    path,
    slides: deckSlides(data),
    views: parsed.slides.map(s => slideView(s.frontmatter)),
    components: parsed.slides.map(s => new RegExp(SLIDE_CONTENT).exec(s.content.trim())?.[1] ?? s.content),
  }
}

const decks = await Promise.all(Object.values(DATASETS).map(load))

function render(name: string, view: unknown) {
  const component = COMPONENTS[name]
  if (!component)
    throw new Error(`no component ${name}`)
  return mount(component, { props: view as Record<string, unknown> })
}

/** Strings the view of a `name` slide holds that the slide must show as text. */
function shownBy(name: string, view: unknown): string[] {
  if (name !== 'DecisionMatrix')
    return shown(view)
  // The matrix shows its title, scenario titles and subject names, but has
  // sliders only for aspects with scores: the others' titles do not show.
  const v = view as DecisionView
  return shown({
    ...v,
    aspects: v.aspects.filter(a => a.scores),
  })
}

/** Strings a view holds that its slide must show as text. */
function shown(value: unknown, key = ''): string[] {
  // Ids, colours (barText too), directions and type sizes are not text; taglines only show on SubjectIntro
  // (tested there); citations show as numbered links (tested in AspectCompare). The deck's own words
  // in `labels` and `scoreLabel` are templates, or names for screen readers, or show only beside what
  // they label (tested in locale.test.ts).
  if ([
    'id',
    'color',
    'barText',
    'direction',
    'size',
    'tagline',
    'citations',
    'labels',
    'scoreLabel',
  ].includes(key)) {
    return []
  }
  if (typeof value === 'string')
    return [value]
  if (Array.isArray(value))
    return value.flatMap(v => shown(v))
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => shown(v, k))
  return []
}

describe.each(decks)('$path', ({ slides, views, components }) => {
  const cases = slides.map((slide, i) => [
    i + 1,
    slide.component,
    slide,
    views[i],
    components[i],
  ] as const)

  it('names a known component in every slide body', () => {
    expect(components).toEqual(slides.map(s => s.component))
    for (const name of components)
      expect(Object.keys(COMPONENTS)).toContain(name)
  })

  it.each(cases)('slide %i (%s) renders the same from the frontmatter as from the generator', (_, name, slide, view) => {
    const direct = render(name, slide.view)
    const fromFrontmatter = render(name, view)
    expect(fromFrontmatter.html()).toBe(direct.html())
    expect(fromFrontmatter.vm.$attrs).toEqual({})
  })

  it.each(cases)('slide %i (%s) shows every text of its view', (_, name, _slide, view) => {
    const text = render(name, view).text()
    for (const s of shownBy(name, view))
      expect(text).toContain(s)
  })
})

describe('hostile.yaml', () => {
  const hostile = decks.find(d => d.path === DATASETS.hostile)!

  it.each(hostile.components.map((name, i) => [i + 1, name, hostile.views[i]] as const))('slide %i (%s) makes no markup from the text', (_, name, view) => {
    const w = render(name, view)
    expect(w.findAll('img, script, style, iframe, b, strong b, [onerror]')).toHaveLength(0)
    for (const a of w.findAll('a'))
      expect(a.attributes('href')).toMatch(/^https?:\/\//)
  })

  it('shows the worst strings literally', () => {
    const text = hostile.components.map((name, i) => render(name, hostile.views[i]).text()).join('\n')
    for (const s of [
      '{{ $slidev.nav.next() }} <script>alert(\'t\')</script>',
      'Evil <b>bold</b>',
      '{{ cell }} </td>',
      '{{ pro }}',
      '<style>body{display:none}</style>',
      '</span><span v-html="\'x\'">',
      '<a href=javascript:alert(1)>x</a>',
      'First paragraph with <img src=x onerror=alert(1)>.',
      '"quoted" ] ) } {{ 1 + 1 }}',
    ])
      expect(text).toContain(s)
  })
})
