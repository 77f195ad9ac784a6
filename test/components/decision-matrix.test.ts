// @vitest-environment happy-dom
import type { DecisionView } from '../../scripts/render/view.ts'
import type { Weights } from '../../scripts/scoring.ts'
import type { DecisionChoice, DecisionRoom } from '../../setup/decision-room.ts'
import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import DecisionMatrix from '../../components/DecisionMatrix.vue'
import { encodeWeights, ranking, weightedScores } from '../../scripts/scoring.ts'
import { room, share } from '../../setup/decision-room.ts'
import { DATASETS, deck, expectInert, hostile, subjectColor, SUBJECTS, texts, unmountAfterEach, viewsOf } from './helpers.ts'
import { active, PAGE, renderContext, resetNav, router } from './slidev-client-stub.ts'

// DecisionMatrix imports '@slidev/client', which only works inside a running
// Slidev app: slidev-client-stub.ts explains the stand-in used instead (a real
// vue-router router on memory history, slide PAGE, the active slide unless a
// test says otherwise, and a synced state kept in this one window).
vi.mock('@slidev/client', () => import('./slidev-client-stub.ts'))

// Every test unmounts its matrices, and resetNav empties the synced state, so no test sees another's.
unmountAfterEach()
beforeEach(resetNav)

const three = viewsOf<DecisionView>(await deck(DATASETS.three), 'DecisionMatrix')
const real = viewsOf<DecisionView>(await deck(DATASETS.real), 'DecisionMatrix')

const KEY = `w${PAGE}`

/**
 * Four subjects; one aspect without scores. By hand (weight × score summed,
 * over 5 × the weights summed), subjects Alpha, Beta, Gamma, Delta:
 * - fast {speed 3}:            40, 100, 80, 100  -> Beta, Delta, Gamma, Alpha
 * - safe {safety 3, speed 1}:  85, 40, 80, 70    -> Alpha, Gamma, Delta, Beta
 * - even {speed 2, safety 2}:  70, 60, 80, 80    -> Gamma, Delta, Alpha, Beta
 * - docs {docs 3}: no scores, so 0 for all      -> Alpha, Beta, Gamma, Delta
 */
const MADE: DecisionView = {
  title: 'Which one for: Go fast',
  subjects: SUBJECTS,
  aspects: [
    {
      id: 'speed',
      title: 'Speed',
      scores: [2, 5, 4, 5],
    },
    {
      id: 'safety',
      title: 'Safety',
      scores: [5, 1, 4, 3],
    },
    { id: 'docs', title: 'Docs' },
  ],
  scenarios: [
    {
      id: 'fast',
      title: 'Go fast',
      weights: { speed: 3 },
    },
    {
      id: 'safe',
      title: 'Stay safe',
      weights: { safety: 3, speed: 1 },
    },
    {
      id: 'even',
      title: 'Even',
      weights: { speed: 2, safety: 2 },
    },
    {
      id: 'docs',
      title: 'Only docs',
      weights: { docs: 3 },
    },
  ],
  scenario: 0,
  labels: {
    title: 'Which one for: {scenario}',
    ownWeights: 'your own weights',
    profiles: 'Project profiles',
    weightOf: 'Weight of {aspect}',
    caption: 'Weighted score, 0 to 100: each aspect\'s 1–5 score times its weight',
  },
}

function withScenario(view: DecisionView, scenario: number): DecisionView {
  return {
    ...view,
    title: `Which one for: ${view.scenarios[scenario]!.title}`,
    scenario,
  }
}

const matrix = (view: DecisionView) => mount(DecisionMatrix, { props: view })
type Matrix = ReturnType<typeof matrix>

const scored = (view: DecisionView) => view.aspects.filter(a => a.scores)
const heading = (w: Matrix) => w.get('h1').text()
const buttons = (w: Matrix) => w.findAll('button.scenario')
const sliders = (w: Matrix) => w.findAll<HTMLInputElement>('.weight input[type="range"]')
const sliderValues = (w: Matrix) => sliders(w).map(s => Number(s.element.value))
const rows = (w: Matrix) => w.findAll('.bar-row')
const ranked = (w: Matrix) => rows(w).map(r => r.attributes('data-subject'))
const shownScores = (w: Matrix) => texts(w.findAll('[data-score]'))
const widths = (w: Matrix) => w.findAll('.bar').map(b => (b.element as HTMLElement).style.width)
const query = () => router.currentRoute.value.query

/** Moves the slider of aspect `id` to `value`, as dragging it does, and lets the URL settle. */
async function slide(w: Matrix, view: DecisionView, id: string, value: number): Promise<void> {
  const input = sliders(w)[scored(view).findIndex(a => a.id === id)]!
  input.element.value = String(value)
  await input.trigger('input')
  await flushPromises()
}

async function pick(w: Matrix, index: number): Promise<void> {
  await buttons(w)[index]!.trigger('click')
  await flushPromises()
}

/**
 * Everything the matrix shows for `weights`: heading and pressed button for
 * scenario `picked` (null: the viewer's own weights), the sliders, and the
 * bars ranked by weightedScores (tested by hand in test/scoring.test.ts).
 */
function expectShows(w: Matrix, view: DecisionView, weights: Weights, picked: number | null): void {
  expect(heading(w)).toBe(`Which one for: ${picked === null
    ? 'your own weights'
    : view.scenarios[picked]!.title}`)
  expect(buttons(w).map(b => b.attributes('aria-pressed'))).toEqual(view.scenarios.map((_, i) => String(i === picked)))
  expect(buttons(w).map(b => b.classes('on'))).toEqual(view.scenarios.map((_, i) => i === picked))
  expect(sliderValues(w)).toEqual(scored(view).map(a => weights[a.id] ?? 0))
  expect(texts(w.findAll('.weight .value'))).toEqual(scored(view).map(a => String(weights[a.id] ?? 0)))
  const scores = weightedScores(view.aspects, weights, view.subjects.length)
  const order = ranking(scores)
  expect(ranked(w)).toEqual(order.map(i => view.subjects[i]!.id))
  expect(shownScores(w)).toEqual(order.map(i => scores[i]!.toFixed(0)))
  expect(widths(w)).toEqual(order.map(i => `${scores[i]}%`))
  expect(rows(w).map(subjectColor)).toEqual(order.map(i => view.subjects[i]!.color))
  expect(texts(rows(w).map(r => r.get('.name')))).toEqual(order.map(i => view.subjects[i]!.name))
}

describe('<DecisionMatrix>', () => {
  it('the generator makes one slide per scenario, each opening on its own', () => {
    expect(three.map(v => v.title)).toEqual(['Which one for: A web API', 'Which one for: A game engine'])
    expect(real.map(v => v.scenario)).toEqual([0, 1, 2, 3, 4])
  })

  it.each([
    ...three,
    ...real,
  ].map(v => [v.title, v] as const))('%s: every scenario button, every scored aspect slider, the scenario\'s weights and ranking', (title, view) => {
    const w = matrix(view)
    expect(heading(w)).toBe(title)
    expect(texts(buttons(w))).toEqual(view.scenarios.map(s => s.title))
    expect(buttons(w).map(b => b.attributes('type'))).toEqual(view.scenarios.map(() => 'button'))
    expect(w.get('[role="group"]').attributes('aria-label')).toBe('Project profiles')
    expect(texts(w.findAll('.weight .name'))).toEqual(scored(view).map(a => a.title))
    expect(sliders(w).map(s => s.attributes('aria-label'))).toEqual(scored(view).map(a => `Weight of ${a.title}`))
    for (const s of sliders(w)) {
      expect([
        s.attributes('min'),
        s.attributes('max'),
        s.attributes('step'),
      ]).toEqual(['0', '3', '1'])
    }
    expectShows(w, view, view.scenarios[view.scenario]!.weights, view.scenario)
    expect(query()).toEqual({})
  })

  it('full-3: sliders only for the scored aspects; weights on the others change nothing', () => {
    const w = matrix(three[0]!)
    expect(texts(w.findAll('.weight .name'))).toEqual(['Runtime speed', 'Memory safety'])
    expect(w.text()).not.toContain('Build times')
    // A web API weighs speed 1 (scores 4, 5, 5), builds 3 and hiring 2 (no scores).
    expect(sliderValues(w)).toEqual([1, 0])
    expect(ranked(w)).toEqual(['rust', 'zig', 'go'])
    expect(shownScores(w)).toEqual(['100', '100', '80'])
  })

  it('hand-computed scores and rankings, ties in subject order', async () => {
    const w = matrix(MADE)
    expect(ranked(w)).toEqual(['bb', 'dd', 'cc', 'aa'])
    expect(shownScores(w)).toEqual(['100', '100', '80', '40'])
    expect(widths(w)).toEqual(['100%', '100%', '80%', '40%'])
    await pick(w, 1)
    expect(ranked(w)).toEqual(['aa', 'cc', 'dd', 'bb'])
    expect(shownScores(w)).toEqual(['85', '80', '70', '40'])
    await pick(w, 2)
    expect(ranked(w)).toEqual(['cc', 'dd', 'aa', 'bb'])
    expect(shownScores(w)).toEqual(['80', '80', '70', '60'])
  })

  it('no weight on a scored aspect: every score 0, subjects in their order', () => {
    const w = matrix(withScenario(MADE, 3))
    expect(heading(w)).toBe('Which one for: Only docs')
    expect(sliderValues(w)).toEqual([0, 0])
    expect(ranked(w)).toEqual(['aa', 'bb', 'cc', 'dd'])
    expect(shownScores(w)).toEqual(['0', '0', '0', '0'])
    expect(widths(w)).toEqual(['0%', '0%', '0%', '0%'])
  })

  it('real: clicking another scenario changes weights, heading, pressed button, ranking and the link', async () => {
    const view = real[0]!
    const w = matrix(view)
    // Real-time: Node.js 29/35, Django 26/35.
    expect(ranked(w)).toEqual(['node', 'django'])
    expect(shownScores(w)).toEqual(['83', '74'])
    await pick(w, 1)
    // Content-heavy site: Node.js 28/50, Django 49/50.
    expectShows(w, view, view.scenarios[1]!.weights, 1)
    expect(heading(w)).toBe('Which one for: Content-heavy site or CMS')
    expect(ranked(w)).toEqual(['django', 'node'])
    expect(widths(w)).toEqual(['98%', '56%'])
    expect(query()).toEqual({
      [KEY]: encodeWeights(view.scenarios[1]!.weights),
    })
    for (const i of [4, 2, 0]) {
      await pick(w, i)
      expectShows(w, view, view.scenarios[i]!.weights, i)
      expect(query()).toEqual({
        [KEY]: encodeWeights(view.scenarios[i]!.weights),
      })
    }
  })

  it('every scenario of every generated slide can be picked', async () => {
    for (const view of real) {
      const w = matrix(view)
      for (const [i, s] of view.scenarios.entries()) {
        await pick(w, i)
        expectShows(w, view, s.weights, i)
      }
      w.unmount()
    }
  })

  it('moving a slider rescores, and the heading says "your own weights" until the weights equal a scenario', async () => {
    const w = matrix(MADE)
    await slide(w, MADE, 'safety', 3)
    // Speed 3, safety 3: 70, 60, 80, 80.
    expectShows(w, MADE, { speed: 3, safety: 3 }, null)
    expect(ranked(w)).toEqual(['cc', 'dd', 'aa', 'bb'])
    expect(shownScores(w)).toEqual(['80', '80', '70', '60'])
    expect(query()).toEqual({ [KEY]: 'safety:3,speed:3' })
    await slide(w, MADE, 'speed', 2)
    expectShows(w, MADE, { speed: 2, safety: 3 }, null)
    expect(query()).toEqual({ [KEY]: 'safety:3,speed:2' })
    await slide(w, MADE, 'safety', 2)
    expectShows(w, MADE, MADE.scenarios[2]!.weights, 2)
    expect(query()).toEqual({ [KEY]: 'safety:2,speed:2' })
    await slide(w, MADE, 'safety', 0)
    await slide(w, MADE, 'speed', 3)
    expectShows(w, MADE, MADE.scenarios[0]!.weights, 0)
    expect(query()).toEqual({ [KEY]: 'speed:3' })
    await slide(w, MADE, 'speed', 0)
    expectShows(w, MADE, {}, null)
    expect(shownScores(w)).toEqual(['0', '0', '0', '0'])
    expect(query()).toEqual({ [KEY]: '' })
  })

  it('real: every slider rescores and updates the link', async () => {
    const view = real[2]!
    const w = matrix(view)
    const weights: Weights = { ...view.scenarios[2]!.weights }
    for (const [n, a] of scored(view).entries()) {
      const value = (n + 2) % 4
      weights[a.id] = value
      await slide(w, view, a.id, value)
      expectShows(w, view, weights, null)
      expect(query()).toEqual({
        [KEY]: encodeWeights(weights),
      })
    }
  })

  it('keeps the rest of the query: other slides\' weights and Slidev\'s own keys', async () => {
    await router.replace(`/${PAGE}?clicks=2&w${PAGE + 1}=speed:1`)
    const w = matrix(MADE)
    await pick(w, 1)
    expect(query()).toEqual({ clicks: '2', [`w${PAGE + 1}`]: 'speed:1', [KEY]: 'safety:3,speed:1' })
    expect(router.currentRoute.value.params).toEqual({
      page: String(PAGE),
    })
  })

  it('opening a link with ?w<page>= restores those weights', async () => {
    await router.replace(`/${PAGE}?${KEY}=safety:2`)
    const w = matrix(MADE)
    // Safety 2 alone: 100, 20, 80, 60.
    expectShows(w, MADE, { safety: 2 }, null)
    expect(ranked(w)).toEqual(['aa', 'cc', 'dd', 'bb'])
    expect(shownScores(w)).toEqual(['100', '80', '60', '20'])
  })

  it('a restored link that equals a scenario shows that scenario, whichever the slide opens on', async () => {
    await router.replace(`/${PAGE}?${KEY}=speed:2,safety:2`)
    const w = matrix(MADE)
    expectShows(w, MADE, MADE.scenarios[2]!.weights, 2)
  })

  it('restores only what is well-formed and known; another slide\'s key is not this one\'s', async () => {
    await router.replace(`/${PAGE}?${KEY}=speed:9,bogus:1,safety:2,docs:3,SPEED:1,speed`)
    expectShows(matrix(MADE), MADE, { safety: 2 }, null)
    await router.replace(`/${PAGE}?w${PAGE + 1}=safety:2`)
    expectShows(matrix(MADE), MADE, MADE.scenarios[0]!.weights, 0)
  })

  it('follows the link when it changes while the slide is showing', async () => {
    const w = matrix(MADE)
    await router.replace(`/${PAGE}?${KEY}=safety:1`)
    await flushPromises()
    expectShows(w, MADE, { safety: 1 }, null)
    await router.replace(`/${PAGE}?${KEY}=safety:3,speed:1`)
    await flushPromises()
    expectShows(w, MADE, MADE.scenarios[1]!.weights, 1)
  })

  it('tells every window of the deck what it shows, under its slide number', async () => {
    const w = matrix(MADE)
    expect(room[PAGE]).toBeUndefined()
    await slide(w, MADE, 'safety', 1)
    expect(room[PAGE]).toEqual({
      weights: 'safety:1,speed:3',
      picked: null,
    })
    await pick(w, 1)
    expect(room[PAGE]).toEqual({
      weights: 'safety:3,speed:1',
      picked: 1,
    })
    expect(Object.keys(room)).toEqual([
      String(PAGE),
    ])
  })

  it('follows what another window shows on this slide, and ignores other slides', async () => {
    const w = matrix(MADE)
    share(PAGE + 1, { safety: 3 }, null)
    await flushPromises()
    expectShows(w, MADE, MADE.scenarios[0]!.weights, 0)
    share(PAGE, { speed: 2, safety: 2 }, 2)
    await flushPromises()
    expectShows(w, MADE, MADE.scenarios[2]!.weights, 2)
    share(PAGE, { docs: 1 }, null)
    await flushPromises()
    expectShows(w, MADE, { docs: 1 }, null)
    // Following is not telling: the link stays this window's own.
    expect(query()[KEY]).toBeUndefined()
  })

  it('takes only known aspects, weights 0 to 3 and a profile that fits them from another window', async () => {
    const w = matrix(MADE)
    // As it could arrive from anyone who reaches the dev server.
    const arriving = room as DecisionRoom
    arriving[PAGE] = {
      weights: 'speed:9,bogus:1,safety:2,SPEED:1,speed',
      picked: 0,
    }
    await flushPromises()
    expectShows(w, MADE, { safety: 2 }, null)
    arriving[PAGE] = {
      weights: 'speed:3',
      picked: 7,
    }
    await flushPromises()
    expectShows(w, MADE, MADE.scenarios[0]!.weights, 0)
    arriving[PAGE] = JSON.parse('{ "weights": { "safety": 3 }, "picked": 1 }') as DecisionChoice
    await flushPromises()
    expectShows(w, MADE, MADE.scenarios[0]!.weights, 0)
  })

  it('opens on what the deck\'s windows show on this slide; a link\'s weights win over it', async () => {
    share(PAGE, { safety: 3, speed: 1 }, 1)
    expectShows(matrix(MADE), MADE, MADE.scenarios[1]!.weights, 1)
    await router.replace(`/${PAGE}?${KEY}=safety:1`)
    expectShows(matrix(MADE), MADE, { safety: 1 }, null)
  })

  it('only the showing slide, in the slide or the presenter view, tells the others', async () => {
    renderContext.value = 'overview'
    await slide(matrix(MADE), MADE, 'safety', 1)
    renderContext.value = 'previewNext'
    await slide(matrix(MADE), MADE, 'safety', 2)
    renderContext.value = 'slide'
    active.value = false
    await slide(matrix(MADE), MADE, 'safety', 3)
    expect(room[PAGE]).toBeUndefined()
    renderContext.value = 'presenter'
    active.value = true
    await slide(matrix(MADE), MADE, 'safety', 1)
    expect(room[PAGE]).toEqual({
      weights: 'safety:1,speed:3',
      picked: null,
    })
  })

  it('shows hostile titles and names literally', async () => {
    const props: DecisionView = {
      ...MADE,
      title: hostile('title'),
      subjects: [
        {
          ...SUBJECTS[0]!,
          name: hostile('name'),
        },
        ...SUBJECTS.slice(1),
      ],
      aspects: MADE.aspects.map(a => ({
        ...a,
        title: hostile(`aspect ${a.id}`),
      })),
      scenarios: MADE.scenarios.map(s => ({
        ...s,
        title: hostile(`scenario ${s.id}`),
      })),
    }
    const w = matrix(props)
    expectInert(w, [
      hostile('name'),
      hostile('aspect speed'),
      hostile('aspect safety'),
      ...props.scenarios.map(s => s.title),
    ])
    expect(w.get('h1').text()).toBe(`Which one for: ${hostile('scenario fast')}`)
    expect(w.findAll('[onerror]')).toHaveLength(0)
    expect(sliders(w)[0]!.attributes('aria-label')).toBe(`Weight of ${hostile('aspect speed')}`)
    await slide(w, props, 'safety', 1)
    expect(w.get('h1').text()).toBe('Which one for: your own weights')
    await pick(w, 2)
    expectInert(w, [`Which one for: ${hostile('scenario even')}`])
  })
})

// Scenario recognition: weights on unscored aspects survive the URL, and equal
// weights match whatever order they were set in.
describe('<DecisionMatrix> scenario recognition', () => {
  // Weights a scenario puts on unscored aspects (full-3's "A web API": builds 3,
  // hiring 2) must survive the URL round trip.
  it('full-3: picking "A web API" stays on "A web API" once the link is written', async () => {
    const view = three[1]!
    const w = matrix(view)
    await pick(w, 0)
    expect(query()).toEqual({ [KEY]: 'builds:3,hiring:2,speed:1' })
    expect(heading(w)).toBe('Which one for: A web API')
    expect(buttons(w).map(b => b.attributes('aria-pressed'))).toEqual(['true', 'false'])
  })

  // Weights equal to a scenario are recognised in whatever order they were set.
  it('weights equal to a scenario, set in another order, show that scenario', async () => {
    const w = matrix(withScenario(MADE, 1))
    // Stay safe {safety 3, speed 1} -> {safety 2, speed 2}, i.e. Even {speed 2, safety 2}.
    await slide(w, MADE, 'speed', 2)
    await slide(w, MADE, 'safety', 2)
    expect(sliderValues(w)).toEqual([2, 2])
    expect(heading(w)).toBe('Which one for: Even')
  })
})
