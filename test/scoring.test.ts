import type { ScoredAspect, Weights } from '../scripts/scoring.ts'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeWeights, encodeWeights, ranking, weightedScores } from '../scripts/scoring.ts'

// The decision matrix's arithmetic. docs/dataset-format.md: a subject's score
// for a scenario is 100 × Σ(weight × score) ÷ Σ(weight × 5), over aspects that
// have scores; unlisted aspects weigh 0. Shown to one decimal.

describe('weightedScores', () => {
  it('one weighted aspect: 20 points per score point', () => {
    expect(weightedScores([
      {
        id: 'a',
        scores: [4, 5, 3],
      },
    ], { a: 1 }, 3)).toEqual([80, 100, 60])
    expect(weightedScores([
      {
        id: 'a',
        scores: [4, 5, 3],
      },
    ], { a: 3 }, 3)).toEqual([80, 100, 60])
    expect(weightedScores([
      {
        id: 'a',
        scores: [1, 2],
      },
    ], { a: 2 }, 2)).toEqual([20, 40])
  })

  it('several aspects, by hand', () => {
    const aspects = [
      {
        id: 'a',
        scores: [2, 5],
      },
      {
        id: 'b',
        scores: [5, 1],
      },
    ]
    // 100 × (3×2 + 1×5) / (3×5 + 1×5) = 1100 / 20; 100 × (3×5 + 1×1) / 20.
    expect(weightedScores(aspects, { a: 3, b: 1 }, 2)).toEqual([55, 80])
    // Equal weights: the plain mean, over 5.
    expect(weightedScores(aspects, { a: 2, b: 2 }, 2)).toEqual([70, 60])
  })

  it('rounds to one decimal', () => {
    const aspects = [
      {
        id: 'a',
        scores: [1, 5],
      },
      {
        id: 'b',
        scores: [2, 4],
      },
    ]
    // 100 × (1 + 2×2) / 15 = 33.33…; 100 × (5 + 2×4) / 15 = 86.66…
    expect(weightedScores(aspects, { a: 1, b: 2 }, 2)).toEqual([33.3, 86.7])
  })

  it('the real dataset\'s first scenario, by hand', () => {
    // node-vs-django "Real-time chat or game": Node.js 48 of 55, Django 40 of 55.
    const aspects = [
      {
        id: 'concurrency',
        scores: [5, 3],
      },
      {
        id: 'performance',
        scores: [4, 3],
      },
      {
        id: 'scalability',
        scores: [5, 4],
      },
      {
        id: 'devex',
        scores: [4, 4],
      },
      {
        id: 'tooling',
        scores: [4, 5],
      },
      {
        id: 'security',
        scores: [3, 5],
      },
      {
        id: 'cost',
        scores: [4, 4],
      },
    ]
    const weights = {
      concurrency: 3,
      performance: 3,
      scalability: 2,
      devex: 1,
      tooling: 1,
      security: 1,
    }
    expect(weightedScores(aspects, weights, 2)).toEqual([87.3, 72.7])
  })

  it('ignores aspects without scores, whatever their weight', () => {
    const scored = [
      {
        id: 'a',
        scores: [2, 5],
      },
    ]
    const withUnscored: ScoredAspect[] = [
      { id: 'x' },
      ...scored,
      { id: 'y' },
    ]
    expect(weightedScores(withUnscored, { a: 1, x: 3, y: 2 }, 2)).toEqual([40, 100])
    expect(weightedScores(withUnscored, { a: 1, x: 3, y: 2 }, 2)).toEqual(weightedScores(scored, { a: 1 }, 2))
  })

  it('unlisted aspects weigh 0, as do weights for ids that are no aspect', () => {
    const aspects = [
      {
        id: 'a',
        scores: [1, 5],
      },
      {
        id: 'b',
        scores: [5, 1],
      },
    ]
    expect(weightedScores(aspects, { a: 2 }, 2)).toEqual([20, 100])
    expect(weightedScores(aspects, { a: 2, b: 0 }, 2)).toEqual([20, 100])
    expect(weightedScores(aspects, { a: 2, nope: 3 }, 2)).toEqual([20, 100])
  })

  it('0 for every subject when no weight applies', () => {
    const aspects: ScoredAspect[] = [
      {
        id: 'a',
        scores: [3, 4, 5],
      },
      { id: 'b' },
    ]
    expect(weightedScores(aspects, {}, 3)).toEqual([0, 0, 0])
    expect(weightedScores(aspects, { a: 0 }, 3)).toEqual([0, 0, 0])
    expect(weightedScores(aspects, { b: 3 }, 3)).toEqual([0, 0, 0])
    expect(weightedScores([], { a: 1 }, 2)).toEqual([0, 0])
  })

  it('one score per subject', () => {
    expect(weightedScores([
      {
        id: 'a',
        scores: [5, 4, 3, 2],
      },
    ], { a: 1 }, 4)).toEqual([100, 80, 60, 40])
  })
})

describe('ranking', () => {
  it('orders subject indexes from best to worst', () => {
    expect(ranking([55, 80])).toEqual([1, 0])
    expect(ranking([40, 100, 80, 60])).toEqual([1, 2, 3, 0])
  })

  it('ties keep subject order', () => {
    expect(ranking([80, 100, 100])).toEqual([1, 2, 0])
    expect(ranking([10, 30, 20, 30, 10])).toEqual([1, 3, 2, 0, 4])
    expect(ranking([0, 0, 0, 0])).toEqual([0, 1, 2, 3])
  })

  it('handles one subject and none', () => {
    expect(ranking([42])).toEqual([0])
    expect(ranking([])).toEqual([])
  })

  it('leaves its input alone', () => {
    const scores = [1, 3, 2]
    ranking(scores)
    expect(scores).toEqual([1, 3, 2])
  })
})

describe('encodeWeights / decodeWeights', () => {
  const ids = [
    'concurrency',
    'learning',
    'a',
    'b-2',
    'x9',
  ]

  it('encodes as id:weight pairs sorted by id (canonical), leaving out zeros', () => {
    expect(encodeWeights({ concurrency: 3, learning: 1 })).toBe('concurrency:3,learning:1')
    expect(encodeWeights({ learning: 1, concurrency: 3 })).toBe('concurrency:3,learning:1')
    expect(encodeWeights({ a: 0, concurrency: 2, learning: 0 })).toBe('concurrency:2')
    expect(encodeWeights({})).toBe('')
    expect(encodeWeights({ a: 0 })).toBe('')
  })

  it.each([
    [
      { concurrency: 3, learning: 1 },
    ],
    [
      { 'a': 1, 'b-2': 2, 'x9': 3 },
    ],
    [
      { learning: 2 },
    ],
    [{}],
  ] as Weights[][])('round trip: %o', (weights) => {
    expect(decodeWeights(encodeWeights(weights), ids)).toEqual(weights)
  })

  it('a round trip drops zeros', () => {
    expect(decodeWeights(encodeWeights({ a: 0, learning: 2 }), ids)).toEqual({ learning: 2 })
  })

  it('decodes 0 to 3, and tolerates spaces around a part', () => {
    expect(decodeWeights('a:0,learning:1,concurrency:2,x9:3', ids)).toEqual({
      a: 0,
      learning: 1,
      concurrency: 2,
      x9: 3,
    })
    expect(decodeWeights(' a:1 , learning:2', ids)).toEqual({ a: 1, learning: 2 })
  })

  it.each([
    ['out of range', 'a:4'],
    ['out of range', 'a:9'],
    ['negative', 'a:-1'],
    ['not whole', 'a:1.5'],
    ['two digits', 'a:01'],
    ['no weight', 'a:'],
    ['no weight', 'a'],
    ['no id', ':2'],
    ['extra part', 'a:1:2'],
    ['upper case', 'A:1'],
    ['starts with a digit', '9x:1'],
    ['space inside', 'a :1'],
    ['not a number', 'a:one'],
    ['unknown id', 'nope:2'],
    ['unknown id', 'constructor:2'],
    ['unknown id', '__proto__:2'],
    ['empty', ''],
    ['only commas', ',,,'],
    ['encoded', 'a%3A1'],
  ])('drops a part that is %s (%s)', (_, part) => {
    expect(decodeWeights(part, ids)).toEqual({})
    expect(decodeWeights(`learning:1,${part},concurrency:3`, ids)).toEqual({ learning: 1, concurrency: 3 })
  })

  it('knows only the ids it is given', () => {
    expect(decodeWeights('a:1,learning:2', ['learning'])).toEqual({ learning: 2 })
    expect(decodeWeights('a:1,learning:2', [])).toEqual({})
  })

  it('gives a plain record, with nothing from Object.prototype', () => {
    const weights = decodeWeights('constructor:2,toString:1,a:1', ids)
    expect(Object.keys(weights)).toEqual(['a'])
    expect(Object.getPrototypeOf(weights)).toBe(Object.prototype)
  })
})

// Property tests (fast-check): datasets wider than the schema allows (1 to 5
// subjects), scores 1..5, weights 0..3, some aspects without scores.

const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/)

const problem = fc.integer({ min: 1, max: 5 }).chain(subjects =>
  fc.uniqueArray(slug, { minLength: 0, maxLength: 12 }).chain(ids =>
    fc.record({
      subjects: fc.constant(subjects),
      aspects: fc.tuple(...ids.map(id => fc.record({
        id: fc.constant(id),
        scores: fc.option(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: subjects, maxLength: subjects }), { nil: undefined }),
      }, {
        requiredKeys: ['id'],
      }))),
      weights: fc.dictionary(fc.oneof(fc.constantFrom(...ids.length
        ? ids
        : ['a']), slug), fc.integer({ min: 0, max: 3 })),
    })))

const scale = (weights: Weights, k: number): Weights => Object.fromEntries(Object.entries(weights).map(([id, w]) => [id, w * k]))

describe('properties', () => {
  it('scores lie within 0..100, one per subject', () => {
    fc.assert(fc.property(problem, ({ aspects, weights, subjects }) => {
      const scores = weightedScores(aspects, weights, subjects)
      expect(scores).toHaveLength(subjects)
      for (const s of scores) {
        expect(s).toBeGreaterThanOrEqual(0)
        expect(s).toBeLessThanOrEqual(100)
      }
    }))
  })

  it('scaling every weight (while it stays within 3) changes no score', () => {
    const small = problem.map(p => ({
      ...p,
      weights: Object.fromEntries(Object.entries(p.weights).map(([id, w]) => [id, w % 2])),
    }))
    fc.assert(fc.property(small, ({ aspects, weights, subjects }) => {
      const scores = weightedScores(aspects, weights, subjects)
      expect(weightedScores(aspects, scale(weights, 2), subjects)).toEqual(scores)
      expect(weightedScores(aspects, scale(weights, 3), subjects)).toEqual(scores)
    }))
  })

  it('a subject that scores at least as well on every aspect scores at least as well overall', () => {
    fc.assert(fc.property(problem, ({ aspects, weights, subjects }) => {
      const scores = weightedScores(aspects, weights, subjects)
      for (let i = 0; i < subjects; i++) {
        for (let j = 0; j < subjects; j++) {
          if (aspects.every(a => !a.scores || a.scores[i]! >= a.scores[j]!))
            expect(scores[i]).toBeGreaterThanOrEqual(scores[j]!)
        }
      }
    }))
  })

  it('ranking is a permutation of the subjects, best first, ties in subject order', () => {
    const scores = fc.oneof(
      problem.map(({ aspects, weights, subjects }) => weightedScores(aspects, weights, subjects)),
      fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 8 }),
      fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 8 }),
    )
    fc.assert(fc.property(scores, (scores) => {
      const order = ranking(scores)
      expect(order.toSorted((a, b) => a - b)).toEqual(scores.map((_, i) => i))
      for (let k = 1; k < order.length; k++) {
        const [a, b] = [order[k - 1]!, order[k]!]
        expect(scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b)).toBe(true)
      }
    }))
  })

  it('decodeWeights(encodeWeights(w)) is w without its zeros', () => {
    const weights = fc.uniqueArray(slug, { maxLength: 10 }).chain(ids => fc.record({
      ids: fc.constant(ids),
      weights: fc.tuple(...ids.map(() => fc.integer({ min: 0, max: 3 })))
        .map(ws => Object.fromEntries(ids.map((id, i) => [id, ws[i]!]))),
    }))
    fc.assert(fc.property(weights, ({ ids, weights }) => {
      const nonZero = Object.fromEntries(Object.entries(weights).filter(([, w]) => w > 0))
      const text = encodeWeights(weights)
      expect(decodeWeights(text, ids)).toEqual(nonZero)
      expect(encodeWeights(decodeWeights(text, ids))).toBe(text)
    }))
  })
})
