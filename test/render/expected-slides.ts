import type { Dataset } from '../../scripts/dataset/schema.ts'

/**
 * How many slides a dataset should give, worked out from the data alone
 * (independently of the renderer): title, agenda, one introduction per
 * subject, the overview table in chunks of 6 rows, the score chart in chunks
 * of 10 scored aspects, one slide per aspect, one
 * architecture slide per subject that has one plus a side-by-side slide when
 * two or more do, pros/cons per subject that has any, when-to-choose if any
 * subject has bestFor, one decision matrix per scenario when any aspect has
 * scores, the verdict if present, and sources in chunks of 8.
 */
export function expectedSlideCount(data: Dataset): number {
  const architectures = data.subjects.filter(s => s.architecture).length
  return 1
    + 1
    + data.subjects.length
    + Math.ceil(data.aspects.length / 6)
    + Math.ceil(data.aspects.filter(a => a.scores).length / 10)
    + data.aspects.length
    + architectures + (architectures >= 2
    ? 1
    : 0)
  + data.subjects.filter(s => s.pros?.length || s.cons?.length).length
  + (data.subjects.some(s => s.bestFor?.length)
    ? 1
    : 0)
  + (data.aspects.some(a => a.scores)
    ? (data.scenarios?.length ?? 0)
    : 0)
  + (data.verdict ? 1 : 0)
  + Math.ceil((data.sources?.length ?? 0) / 8)
}
