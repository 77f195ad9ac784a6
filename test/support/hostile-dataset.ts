import type { Dataset } from '../../scripts/dataset/schema.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const corpus = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'hostile', 'strings.json'), 'utf8')) as { strings: string[], long: string }

export const HOSTILE = corpus.strings
/** A 10 KB string: kept out of diagram labels, where Mermaid caps the text it accepts. */
export const LONG = corpus.long

/**
 * The deck-wide fields reach Slidev's own screens (info dialog, document
 * title, meta tags, print pages, navigation), each with a payload aimed at
 * how that screen renders: HTML, markdown links, Vue interpolation, and an
 * attribute break-out.
 */
export const HEADER = {
  title: '<img src=x onerror="window.__pwned = 1"> {{ (window.__pwned = 1) }} title',
  subtitle: '<img src=x onerror="window.__pwned = 1"> [link](javascript:window.__pwned=1) *subtitle*',
  author: '"><script>window.__pwned = 1</script><meta http-equiv="refresh" content="0;url=https://example.org"> author',
  event: '{{ (window.__pwned = 1) }} <script>window.__pwned = 1</script> event',
} as const

/**
 * A valid dataset with a hostile string in every text field (round robin
 * through the corpus, each string several times, each copy numbered), so every place where
 * dataset text reaches the deck is exercised. `shown` lists what must appear
 * literally on some slide; `notes` what must appear in the speaker notes.
 */
export function hostileDataset(): { data: Dataset, shown: string[], notes: string[] } {
  let next = 0
  const shown: string[] = []
  const notes: string[] = []
  // Each placement gets its own number, so every field has to show its own copy.
  const pick = () => `${HOSTILE[next % HOSTILE.length]!} ⟦${next++}⟧`
  const text = () => {
    const s = pick()
    shown.push(s)
    return s
  }
  const note = () => {
    const s = pick()
    notes.push(s)
    return s
  }
  const items = (n: number) => Array.from({ length: n }, () => ({
    title: text(),
    detail: text(),
  }))
  const subjects = ['evil', 'worse', 'worst'].map((id, i) => ({
    id,
    name: text(),
    tagline: text(),
    language: text(),
    color: ['#abc', '#123456', '#C0FFEE'][i]!,
    homepage: 'https://example.com/?q=%22%3E%3Cscript%3E',
    summary: text(),
    pros: items(2),
    cons: items(2),
    bestFor: items(2).map(item => ({
      ...item,
      sources: ['src-0'],
    })),
    sources: ['src-1'],
    // Versions reach the gantt chart as labels; dates are dates.
    releases: [
      {
        version: text(),
        released: '2024-01-15',
        supportEnds: '2026-06-30',
        lts: true,
      },
      {
        version: text(),
        released: '2025-03-01',
      },
    ],
    architecture: {
      title: text(),
      direction: 'LR' as const,
      groups: [
        {
          id: 'end',
          label: text(),
        },
      ],
      nodes: [
        {
          id: 'end',
          label: text(),
          group: 'end',
        },
        {
          id: 'click',
          label: text(),
        },
        {
          id: 'subgraph',
          label: text(),
        },
      ],
      edges: [
        {
          from: 'end',
          to: 'click',
          label: text(),
        },
        { from: 'click', to: 'subgraph' },
      ],
      notes: note(),
      sources: ['src-2'],
    },
  }))
  const aspects = HOSTILE.slice(0, 8).map((_, a) => ({
    id: `aspect-${a}`,
    title: text(),
    cells: Object.fromEntries(subjects.map(s => [
      s.id,
      text(),
    ])),
    // The 10 KB string is a bullet of its own: too big for any slide, it gets one to itself.
    details: Object.fromEntries(subjects.map(s => [
      s.id,
      a === 1 && s.id === 'evil'
        ? [
            text(),
            text(),
            LONG,
          ]
        : [
            text(),
            {
              text: text(),
              sources: [`src-${(a + 1) % 3}`],
            },
          ],
    ])),
    scores: Object.fromEntries(subjects.map((s, i) => [s.id, 1 + ((a + i) % 5)])),
    notes: note(),
    sources: [`src-${a % 3}`],
  }))
  const data: Dataset = {
    version: 1,
    ...HEADER,
    subjects,
    aspects,
    scenarios: [0, 1].map(i => ({
      id: `scenario-${i}`,
      title: text(),
      weights: { 'aspect-0': 3, 'aspect-1': i + 1 },
      notes: note(),
    })),
    verdict: {
      summary: text(),
      points: [
        text(),
        {
          text: text(),
          sources: ['src-1'],
        },
        LONG,
      ],
    },
    // Code is text too: each source line is a hostile string, in a language that colours it.
    examples: [
      {
        id: 'hostile-code',
        title: text(),
        code: Object.fromEntries(subjects.map((s, i) => [
          s.id,
          {
            language: ['html', 'markdown', 'vue'][i]!,
            source: [
              text(),
              text(),
              text(),
            ].join('\n'),
          },
        ])),
        notes: note(),
        sources: ['src-0'],
      },
    ],
    sources: [0, 1, 2].map(i => ({
      id: `src-${i}`,
      title: text(),
      url: `https://example.org/${i}?x=%3Cb%3E&y=%7B%7B`,
      checked: '2026-11-01',
    })),
  }
  return {
    data,
    shown: [
      ...shown,
      ...Object.values(HEADER),
      LONG,
    ],
    notes,
  }
}
