// @vitest-environment happy-dom
import type { AspectView, DecisionView, ProsConsView, ReleasesView, ScoreChartView, SourcesView, SubjectIntroView, TableView } from '../../scripts/render/view.ts'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import AspectCompare from '../../components/AspectCompare.vue'
import ComparisonTable from '../../components/ComparisonTable.vue'
import DecisionMatrix from '../../components/DecisionMatrix.vue'
import ProsCons from '../../components/ProsCons.vue'
import ReleaseTimeline from '../../components/ReleaseTimeline.vue'
import ScoreChart from '../../components/ScoreChart.vue'
import SourceList from '../../components/SourceList.vue'
import SubjectIntro from '../../components/SubjectIntro.vue'
import { deckSlides } from '../../scripts/render/deck.ts'
import { DATASETS, loadData, unmountAfterEach, viewsOf } from './helpers.ts'
import { resetNav } from './slidev-client-stub.ts'

// The components write no words of their own: what they say comes with the
// view, in the deck's language, `strings:` overrides included.

vi.mock('@slidev/client', () => import('./slidev-client-stub.ts'))
beforeEach(resetNav)
unmountAfterEach()

const data = await loadData(DATASETS.real)
const german = deckSlides({
  ...data,
  locale: 'de',
  strings: { consHeading: 'Kompromisse' },
})
const japanese = deckSlides({ ...data, locale: 'ja' })

describe('components in the deck\'s language', () => {
  it('comparisonTable heads the aspect column in it', () => {
    const w = mount(ComparisonTable, { props: viewsOf<TableView>(german, 'ComparisonTable')[0]! })
    expect(w.get('thead th').text()).toBe('Aspekt')
  })

  it('subjectIntro introduces the subject and its language in it', () => {
    const w = mount(SubjectIntro, { props: viewsOf<SubjectIntroView>(german, 'SubjectIntro')[0]! })
    expect(w.get('.eyebrow').text()).toBe('Im Porträt')
    expect(w.get('.facts span').text()).toBe('Sprache: JavaScript')
    expect(w.get('.facts strong').text()).toBe('JavaScript')
    const ja = mount(SubjectIntro, { props: viewsOf<SubjectIntroView>(japanese, 'SubjectIntro')[0]! })
    expect(ja.get('.facts span').text()).toBe('言語：JavaScript')
  })

  it('prosCons heads its columns in it, with a `strings` override', () => {
    const w = mount(ProsCons, { props: viewsOf<ProsConsView>(german, 'ProsCons')[0]! })
    expect(w.findAll('h2').map(h => h.text())).toEqual(['Stärken', 'Kompromisse'])
  })

  it('aspectCompare names each score for screen readers in it', () => {
    const view = viewsOf<AspectView>(german, 'AspectCompare').find(v => v.sides[0]!.score !== undefined)!
    const w = mount(AspectCompare, { props: view })
    expect(w.get('.meter').attributes('aria-label')).toBe(`Bewertung ${view.sides[0]!.score} von 5`)
  })

  it('scoreChart says the scores in it', () => {
    const w = mount(ScoreChart, { props: viewsOf<ScoreChartView>(german, 'ScoreChart')[0]! })
    expect(w.get('table.sr-only thead th').text()).toBe('Aspekt')
    expect(w.get('table.sr-only tbody td').text()).toMatch(/^\d von 5$/)
  })

  it('releaseTimeline explains the chart in it', () => {
    const w = mount(ReleaseTimeline, { props: viewsOf<ReleasesView>(german, 'ReleaseTimeline')[0]! })
    expect(w.get('.caption').text()).toBe('Jeder Balken reicht vom Release bis zum Supportende; die Linie markiert heute.')
    expect(w.get('.stub-label').text()).toContain('Node.js 26 LTS: 05.05.2026 bis 30.04.2029')
  })

  it('sourceList dates each check in it', () => {
    const w = mount(SourceList, { props: viewsOf<SourcesView>(japanese, 'SourceList')[0]! })
    expect(w.get('h1').text()).toMatch(/^出典 \(1\/\d\)$/)
    expect(w.get('.checked').text()).toBe('· 確認日 2026/11/25')
  })

  it('decisionMatrix labels its controls and fills its heading in it', async () => {
    const view = viewsOf<DecisionView>(german, 'DecisionMatrix')[0]!
    const w = mount(DecisionMatrix, { props: view })
    expect(w.get('h1').text()).toBe(`Entscheidungshilfe: ${view.scenarios[0]!.title}`)
    expect(w.get('[role="group"]').attributes('aria-label')).toBe('Projektprofile')
    const scored = view.aspects.find(a => a.scores)!
    expect(w.get('input[type="range"]').attributes('aria-label')).toBe(`Gewicht für ${scored.title}`)
    expect(w.get('.caption').text()).toBe('Gewichtete Bewertung von 0 bis 100: je Aspekt die Bewertung (1–5) mal ihr Gewicht')
    // Weights of no profile: the heading says they are the audience's own.
    await w.findAll('input[type="range"]').at(-1)!.setValue('3')
    await w.findAll('input[type="range"]').at(-2)!.setValue('0')
    expect(w.get('h1').text()).toBe('Entscheidungshilfe: eigene Gewichtung')
  })
})
