import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { DOC, EARLIER, handWritten, LATEST, readResults, renderBenchmarks } from '../bench/report.ts'

// BENCHMARKS.md says what the committed results files say, and nothing else
// in it is a measurement typed by hand.

const doc = await readFile(DOC, 'utf8')

describe('bENCHMARKS.md', () => {
  it('is what bench/report.ts writes from bench/results (npm run bench:report)', async () => {
    expect(doc).toBe(renderBenchmarks(doc, await readResults(LATEST), await readResults(EARLIER)))
  })

  it('has the results, machine and history blocks', () => {
    for (const name of [
      'results',
      'machine',
      'history',
    ])
      expect(doc).toMatch(new RegExp(`<!-- generated:${name} -->\\n[^]+?\\n<!-- /generated:${name} -->`))
  })

  it('holds no hand-typed measurement outside the generated blocks', () => {
    const figures = handWritten(doc).match(/\d[\d,.]*\s?(?:ms|s|kB|KB|MB|GB|GiB|%)(?!\w)|\d\.\d+\s?×|\d+ of \d+ targets/g) ?? []
    expect(figures).toEqual([])
  })
})
