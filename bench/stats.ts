// Order statistics for small samples: medians, quartiles and percentiles by
// linear interpolation between closest ranks (the method spreadsheets call
// PERCENTILE.INC), so one run gives its own value for every statistic.

export interface Spread {
  min: number
  q1: number
  q3: number
  max: number
}

function sorted(values: readonly number[]): number[] {
  if (!values.length)
    throw new Error('no values')
  return [...values].sort((a, b) => a - b)
}

/** The p-th percentile (0..100) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const s = sorted(values)
  const at = (p / 100) * (s.length - 1)
  const lo = Math.floor(at)
  const hi = Math.ceil(at)
  return s[lo]! + (s[hi]! - s[lo]!) * (at - lo)
}

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

export function spread(values: readonly number[]): Spread {
  const s = sorted(values)
  return {
    min: s[0]!,
    q1: percentile(s, 25),
    q3: percentile(s, 75),
    max: s.at(-1)!,
  }
}

/** Rounds to `digits` significant digits, so results files stay readable. */
export function round(value: number, digits = 4): number {
  if (!Number.isFinite(value) || value === 0)
    return value
  return Number(value.toPrecision(digits))
}
