// The decision matrix's arithmetic, shared by the generator and the browser.

/** Aspect id -> weight 0..3; unlisted aspects weigh 0. */
export type Weights = Record<string, number>

export interface ScoredAspect {
  id: string
  /** 1..5 per subject, in subject order; absent when the aspect has no scores. */
  scores?: number[]
}

/**
 * Each subject's weighted score, 0..100:
 * 100 × Σ(weight × score) / Σ(weight × 5) over aspects that have scores
 * (DATASET.md); 0 for every subject when no weight applies.
 */
export function weightedScores(aspects: readonly ScoredAspect[], weights: Weights, subjects: number): number[] {
  let max = 0
  const sums = Array.from<number>({ length: subjects }).fill(0)
  for (const aspect of aspects) {
    const w = weights[aspect.id] ?? 0
    if (!aspect.scores || w <= 0)
      continue
    max += w * 5
    aspect.scores.forEach((score, i) => (sums[i] = sums[i]! + w * score))
  }
  return sums.map(sum => max
    ? Math.round((1000 * sum) / max) / 10
    : 0)
}

/** Subject indexes from best to worst; ties keep subject order. */
export function ranking(scores: readonly number[]): number[] {
  return scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b)
}

/** `concurrency:3,learning:1`: compact, readable, safe in a URL, and canonical (sorted, no zeros). */
export function encodeWeights(weights: Weights): string {
  return Object.entries(weights).filter(([, w]) => w > 0).sort(([a], [b]) => a < b
    ? -1
    : a > b
      ? 1
      : 0).map(([id, w]) => `${id}:${w}`).join(',')
}

/** Whether two weightings mean the same (order and zero weights do not matter). */
export function sameWeights(a: Weights, b: Weights): boolean {
  return encodeWeights(a) === encodeWeights(b)
}

/** The inverse of encodeWeights; anything malformed or unknown is dropped. */
export function decodeWeights(text: string, aspectIds: readonly string[]): Weights {
  const known = new Set(aspectIds)
  const weights: Weights = {}
  for (const part of text.split(',')) {
    const m = /^([a-z][a-z0-9-]*):([0-3])$/.exec(part.trim())
    if (m && known.has(m[1]!))
      weights[m[1]!] = Number(m[2])
  }
  return weights
}
