import type { Dataset } from '../../scripts/dataset/schema.ts'

/**
 * The slides a dataset calls for before pagination, worked out from the data
 * alone (independently of the renderer): title, agenda, one introduction per
 * subject, the overview table, the score chart when any aspect is scored, one
 * slide per aspect, one code slide per example, one architecture slide per
 * subject that has one, the release timeline when any subject has releases,
 * strengths and trade-offs per subject that has any, when-to-choose if any subject has bestFor, one
 * decision matrix per scenario when any aspect has scores, the verdict if
 * present, and the sources if any. Each may continue over several slides.
 * (A slide with every diagram side by side comes on top when the generator
 * finds their labels readable at that size; slideGroups leaves it out.)
 */
export function expectedSlideGroups(data: Dataset): number {
  const scored = data.aspects.some(a => a.scores)
  const count = (yes: unknown) => yes ? 1 : 0
  return 2 // title, agenda
    + data.subjects.length
    + 1 // overview table
    + count(scored)
    + data.aspects.length
    + (data.examples?.length ?? 0)
    + data.subjects.filter(s => s.architecture).length
    + count(data.subjects.some(s => s.releases?.length))
    + data.subjects.filter(s => s.pros?.length || s.cons?.length).length
    + count(data.subjects.some(s => s.bestFor?.length))
    + (scored
      ? (data.scenarios?.length ?? 0)
      : 0)
    + count(data.verdict)
    + count(data.sources?.length)
}

const PART = /^(.*) \((\d+)\/(\d+)\)$/

/**
 * Slide titles grouped into the slides they continue: "Sources (1/2)" and
 * "Sources (2/2)" are one group. Throws when parts are missing or out of order.
 */
export function slideGroups(titles: readonly string[]): string[] {
  const groups: string[] = []
  let open: { base: string, next: number, count: number } | undefined
  for (const raw of titles) {
    // Titles that are not plain words come wrapped for Slidev (render/markdown.ts, titleText).
    const title = raw.replace(/^<span v-pre>(.*)<\/span>$/, '$1').replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    const part = PART.exec(title)
    if (open) {
      if (!part || part[1] !== open.base || Number(part[2]) !== open.next || Number(part[3]) !== open.count)
        throw new Error(`"${open.base}" stops at part ${open.next - 1} of ${open.count}; then comes "${title}"`)
      open = open.next === open.count
        ? undefined
        : { ...open, next: open.next + 1 }
      continue
    }
    if (part) {
      if (part[2] !== '1' || Number(part[3]) < 2)
        throw new Error(`"${title}" does not start a continuation`)
      open = {
        base: part[1]!,
        next: 2,
        count: Number(part[3]),
      }
    }
    if (title !== 'Side by side')
      groups.push(part ? part[1]! : title)
  }
  if (open)
    throw new Error(`"${open.base}" stops at part ${open.next - 1} of ${open.count}`)
  return groups
}
