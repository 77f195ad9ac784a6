import { stringify } from 'yaml'
import { SLUG } from './dataset/schema.ts'

/** A subject id from its name: `Node.js` -> `node-js`; unique among `taken`. */
export function subjectId(name: string, taken: Set<string>): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+|-+$/g, '') || 'subject'
  let id = SLUG.test(base)
    ? base
    : 'subject'
  for (let n = 2; taken.has(id); n++)
    id = `${base}-${n}`
  taken.add(id)
  return id
}

export interface ScaffoldOptions {
  /** The day the placeholder source counts as checked. */
  today: Date
  /** data/schema.json, relative to the folder the dataset is written to. */
  schema?: string
}

/**
 * A starter dataset for 2 to 4 subjects: valid as written, every text a TODO
 * to replace, with the schema line that gives editors completion.
 */
export function scaffold(names: readonly string[], { today, schema = './schema.json' }: ScaffoldOptions): string {
  const taken = new Set<string>()
  const subjects = names.map(name => ({
    id: subjectId(name, taken),
    name,
    tagline: `TODO: what ${name} is, in one line`,
    summary: `TODO: a short paragraph introducing ${name}`,
    pros: [
      { title: 'TODO: a strength', detail: 'TODO: why it matters' },
    ],
    cons: [
      { title: 'TODO: a trade-off', detail: 'TODO: when it bites' },
    ],
    bestFor: [
      { title: 'TODO: a project it fits', detail: 'TODO: why' },
    ],
  }))
  const aspect = (id: string, title: string) => ({
    id,
    title,
    cells: Object.fromEntries(subjects.map(s => [s.id, `TODO: ${s.name} in a few words`])),
    details: Object.fromEntries(subjects.map(s => [
      s.id,
      ['TODO: a detail for this slide'],
    ])),
    scores: Object.fromEntries(subjects.map(s => [s.id, 3])),
    notes: 'TODO: what to say on this slide, and where the facts come from.',
    sources: ['todo-source'],
  })
  const data = {
    version: 1,
    title: names.join(' vs '),
    subtitle: 'TODO: the question this talk answers',
    subjects,
    aspects: [
      aspect('performance', 'Performance'),
      aspect('learning', 'Learning curve'),
      aspect('ecosystem', 'Ecosystem'),
    ],
    scenarios: [
      {
        id: 'typical-project',
        title: 'TODO: a typical project',
        weights: { performance: 2, learning: 1, ecosystem: 2 },
      },
    ],
    verdict: {
      summary: 'TODO: the one-sentence answer',
      points: ['TODO: a point to remember'],
    },
    sources: [
      {
        id: 'todo-source',
        title: 'TODO: the document that backs these claims',
        url: 'https://example.com/',
        checked: today.toISOString().slice(0, 10),
      },
    ],
  }
  return `# yaml-language-server: $schema=${schema}\n${stringify(data, { lineWidth: 0 })}`
}
