import type { Dataset } from '../scripts/dataset/schema.ts'
import { stringify } from 'yaml'

// Valid datasets of any size for the generation benchmark: 2 or 3 subjects
// with pros, cons, "best for" lists and an architecture each, N aspects with a
// cell, detail bullets and a score per subject and cited sources, a few
// scenarios and a verdict. Deterministic: the same arguments give the same file.

const WORDS = `latency throughput request worker thread queue cache index schema query
migration template router handler socket stream buffer event loop process cluster
container deploy release version package module plugin driver adapter session token
cookie header payload response upload download backup replica shard partition lock
transaction commit rollback retry timeout budget metric trace log alert dashboard
test fixture mock build bundle compile runtime memory heap garbage pool connection
admin form field model view controller service gateway proxy balancer region zone`.split(/\s+/)

/** mulberry32: a tiny seeded generator, so datasets are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface SyntheticOptions {
  /** 2 or 3 (default 3). */
  subjects?: 2 | 3
  seed?: number
}

const SUBJECTS = [
  {
    id: 'alpha',
    name: 'Alpha',
    color: '#2563EB',
    language: 'TypeScript',
  },
  {
    id: 'bravo',
    name: 'Bravo',
    color: '#D97706',
    language: 'Python',
  },
  {
    id: 'charlie',
    name: 'Charlie',
    color: '#059669',
    language: 'Go',
  },
]

export function syntheticDataset(aspects: number, options: SyntheticOptions = {}): Dataset {
  if (!Number.isInteger(aspects) || aspects < 1)
    throw new Error(`aspects must be a positive whole number, got ${aspects}`)
  const rnd = random(options.seed ?? 42)
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1))
  const words = (lo: number, hi: number) => {
    const n = int(lo, hi)
    const out = Array.from({ length: n }, () => WORDS[int(0, WORDS.length - 1)]!)
    out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1)
    return out.join(' ')
  }
  const items = (n: number) => Array.from({ length: n }, () => ({
    title: words(2, 4),
    detail: words(6, 12),
  }))

  const subjects = SUBJECTS.slice(0, options.subjects ?? 3)
  const sourceCount = Math.min(200, Math.max(3, Math.ceil(aspects / 10)))
  const sources = Array.from({ length: sourceCount }, (_, i) => ({
    id: `src-${i + 1}`,
    title: `${words(3, 7)} (${2020 + (i % 6)})`,
    url: `https://example.org/docs/${i + 1}/${words(1, 1).toLowerCase()}`,
    checked: `2026-0${1 + (i % 9)}-1${i % 10}`,
  }))

  return {
    version: 1,
    title: `Synthetic comparison: ${aspects} aspects`,
    subtitle: `${subjects.map(s => s.name).join(' vs ')}, generated for benchmarks`,
    author: 'versus bench',
    event: 'Benchmark run',
    subjects: subjects.map((s, i) => ({
      id: s.id,
      name: s.name,
      tagline: words(4, 8),
      language: s.language,
      color: s.color,
      homepage: `https://example.org/${s.id}`,
      summary: words(20, 35),
      pros: items(4),
      cons: items(3),
      bestFor: items(3),
      architecture: {
        title: `How ${s.name} serves a request`,
        direction: i % 2
          ? 'LR'
          : 'TB',
        groups: [
          { id: 'edge', label: 'Edge' },
          { id: 'core', label: 'Core' },
        ],
        nodes: [
          { id: 'client', label: 'Client' },
          {
            id: 'proxy',
            label: words(1, 3),
            group: 'edge',
          },
          {
            id: 'app',
            label: words(2, 3),
            group: 'core',
          },
          {
            id: 'worker',
            label: words(2, 3),
            group: 'core',
          },
          { id: 'db', label: 'Database' },
        ],
        edges: [
          { from: 'client', to: 'proxy', label: 'HTTP' },
          { from: 'proxy', to: 'app' },
          {
            from: 'app',
            to: 'worker',
            label: words(1, 2),
          },
          { from: 'app', to: 'db', label: 'SQL' },
        ],
        notes: words(10, 20),
      },
    })),
    aspects: Array.from({ length: aspects }, (_, i) => ({
      id: `aspect-${i + 1}`,
      title: `${words(1, 3)} ${i + 1}`,
      cells: Object.fromEntries(subjects.map(s => [
        s.id,
        words(4, 10),
      ])),
      details: Object.fromEntries(subjects.map(s => [
        s.id,
        Array.from({
          length: int(1, 3),
        }, () => words(5, 12)),
      ])),
      scores: Object.fromEntries(subjects.map(s => [
        s.id,
        int(1, 5),
      ])),
      notes: words(12, 24),
      sources: [
        ...new Set(Array.from({
          length: int(1, 2),
        }, () => sources[int(0, sourceCount - 1)]!.id)),
      ],
    })),
    scenarios: ['Startup MVP', 'Enterprise platform', 'Real-time product'].map((title, i) => ({
      id: `scenario-${i + 1}`,
      title,
      weights: Object.fromEntries(Array.from({
        length: Math.min(aspects, 6),
      }, (_, j) => [
        `aspect-${((j * 7 + i) % aspects) + 1}`,
        int(1, 3),
      ])),
      notes: words(10, 20),
    })),
    verdict: {
      summary: words(15, 25),
      points: Array.from({ length: 4 }, () => words(8, 14)),
    },
    sources,
  }
}

/** The dataset as a YAML file, with the editor schema line real datasets carry. */
export function syntheticYaml(aspects: number, options: SyntheticOptions = {}): string {
  return `# yaml-language-server: $schema=./schema.json\n${stringify(syntheticDataset(aspects, options), { lineWidth: 0 })}`
}
