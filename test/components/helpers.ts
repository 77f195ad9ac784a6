import type { VueWrapper } from '@vue/test-utils'
import type { Dataset } from '../../scripts/dataset/schema.ts'
import type { Slide } from '../../scripts/render/slide.ts'
import type { SubjectView } from '../../scripts/render/view.ts'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { config, disableAutoUnmount, enableAutoUnmount } from '@vue/test-utils'
import { afterAll, afterEach, expect } from 'vitest'
import { defineComponent, h } from 'vue'
import CitationMarks from '../../components/CitationMarks.vue'
import ScoreMeter from '../../components/ScoreMeter.vue'
import { formatError } from '../../scripts/dataset/errors.ts'
import { loadDataset } from '../../scripts/dataset/load.ts'
import { deckSlides } from '../../scripts/render/deck.ts'

// Shared by the component tests. Importing this file:
// - registers ScoreMeter and CitationMarks globally, as Slidev does for every
//   file in components/;
// - registers a stand-in under the name MermaidView (see MermaidViewStub);
// - registers a no-op `click` directive, so `v-click` resolves.
// Any Vue warning fails the test that caused it: test/setup/vue-warnings.ts.

/**
 * A trivial stand-in for components/MermaidView.vue, which imports
 * `@slidev/client` and runs Mermaid: neither works in happy-dom. It shows its
 * props as text so tests can see what ArchitectureDiagram hands over.
 * MermaidView itself is covered by the real-browser tests, not here.
 */
export const MermaidViewStub = defineComponent({
  name: 'MermaidView',
  props: {
    code: { type: String, required: true },
    label: { type: String, required: true },
  },
  setup(props) {
    return () => h('figure', { class: 'mermaid-stub' }, [
      h('figcaption', { class: 'stub-label' }, props.label),
      h('pre', { class: 'stub-code' }, props.code),
    ])
  },
})

config.global.components = {
  ...config.global.components,
  ScoreMeter,
  CitationMarks,
  MermaidView: MermaidViewStub,
}

// `v-click` (one step per click while presenting) is Slidev's directive:
// Slidev provides it in the real app. Here it does nothing, so every element
// it is on simply shows. The click behaviour itself is covered by the browser
// tests in test/browser/dev-server.test.ts.
config.global.directives = {
  ...config.global.directives,
  click: {},
}

/**
 * Unmounts what each test of the calling file mounted. Turned off again after
 * the file: test files share @vue/test-utils (isolate: false), which allows it
 * to be on once at a time.
 */
export function unmountAfterEach(): void {
  enableAutoUnmount(afterEach)
  afterAll(disableAutoUnmount)
}

// Not `new URL(..., import.meta.url)`: happy-dom replaces the global URL, which fileURLToPath refuses.
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../')

/** Datasets with 2, 3 and 4 subjects, the real one, and the one full of hostile text. */
export const DATASETS = {
  two: 'test/fixtures/valid/minimal.yaml',
  three: 'test/fixtures/valid/full-3.yaml',
  four: 'test/fixtures/valid/four.json',
  real: 'data/node-vs-django.yaml',
  hostile: 'test/fixtures/valid/hostile.yaml',
} as const

export async function loadData(path: string): Promise<Dataset> {
  const result = await loadDataset(`${ROOT}${path}`)
  if (!result.ok)
    throw new Error(result.errors.map(formatError).join('\n'))
  return result.dataset
}

export async function deck(path: string): Promise<Slide[]> {
  return deckSlides(await loadData(path))
}

export type DeckName = keyof typeof DATASETS

/** The generated slides of every dataset in DATASETS, by name. */
export async function loadDecks(): Promise<Record<DeckName, Slide[]>> {
  const names = Object.keys(DATASETS) as DeckName[]
  const slides = await Promise.all(names.map(name => deck(DATASETS[name])))
  return Object.fromEntries(names.map((name, i) => [name, slides[i]!])) as Record<DeckName, Slide[]>
}

/** The `view` of every slide drawn by `component`, in deck order. */
export function viewsOf<V>(slides: readonly Slide[], component: string): V[] {
  return slides.filter(s => s.component === component).map(s => s.view as V)
}

/** Like viewsOf, for a component that must appear exactly once. */
export function viewOf<V>(slides: readonly Slide[], component: string): V {
  const views = viewsOf<V>(slides, component)
  if (views.length !== 1)
    throw new Error(`expected one ${component} slide, found ${views.length}`)
  return views[0]!
}

/** What `find`, `get` and `mount` return, as far as these helpers need it. */
interface AnyWrapper { element: Element | Node, text: () => string }

/** The value of a CSS custom property set inline on the wrapper's element. */
export function cssVar(w: AnyWrapper, name: string): string {
  return (w.element as HTMLElement).style.getPropertyValue(name).trim()
}

export const subjectColor = (w: AnyWrapper): string => cssVar(w, '--subject')

export const texts = (ws: readonly AnyWrapper[]): string[] => ws.map(w => w.text())

/** A claim as its slide reads: the text, then the numbers of its sources. */
export function marked(text: string, citations: readonly { n: number }[]): string {
  return citations.length
    ? `${text}[${citations.map(c => c.n).join(', ')}]`
    : text
}

export function subject(id: string, name: string, color: string, tagline = `${name} tagline`): SubjectView {
  return { id, name, tagline, color }
}

/** Subjects for hand-written props: 2 to 4, distinct colours. */
export const SUBJECTS: SubjectView[] = [
  subject('aa', 'Alpha', '#112233'),
  subject('bb', 'Beta', '#445566'),
  subject('cc', 'Gamma', '#778899'),
  subject('dd', 'Delta', '#aabbcc'),
]

export const HOSTILE_HTML = '<img src=x onerror=alert(1)>'
export const HOSTILE_MUSTACHE = '{{ 7*7 }}'
/** Both at once, tagged so each field can be found on its own. */
export const hostile = (tag: string): string => `${tag} ${HOSTILE_HTML} ${HOSTILE_MUSTACHE}`

/**
 * Each string shows literally, as text, and nothing was turned into markup
 * or evaluated as a template.
 */
export function expectInert(w: VueWrapper, shown: readonly string[]): void {
  const text = w.text()
  for (const s of shown)
    expect(text).toContain(s)
  const html = w.html()
  expect(html).toContain('&lt;img')
  // Serialised HTML keeps `<` unescaped inside attribute values (where it is
  // inert), so look for tags only outside them; `"` in values is `&quot;`.
  expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<img/i)
  expect(w.findAll('img, script, style, iframe')).toHaveLength(0)
  expect(text).toContain(HOSTILE_MUSTACHE)
  expect(text).not.toContain('49')
}
