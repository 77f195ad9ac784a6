import type { Dataset, Release } from '../../scripts/dataset/schema.ts'
import type { ReleasesView } from '../../scripts/render/view.ts'
import { describe, expect, it } from 'vitest'
import { createContext } from '../../scripts/render/context.ts'
import { GANTT } from '../../scripts/render/metrics.ts'
import { RELEASE_ROWS, releasesSlides } from '../../scripts/render/releases.ts'

function data(a: Release[], b: Release[] = []): Dataset {
  return {
    title: 'T',
    subjects: [
      {
        id: 'a',
        name: 'Node: "A" <b>',
        tagline: 't',
        releases: a,
        sources: ['s1'],
      },
      {
        id: 'b',
        name: 'B',
        tagline: 't',
        releases: b,
        sources: ['s2'],
      },
    ],
    aspects: [
      {
        id: 'x',
        title: 'X',
        cells: { a: '1', b: '2' },
      },
    ],
    sources: [
      { id: 's1', title: 'One', url: 'https://example.com/1' },
      { id: 's2', title: 'Two', url: 'https://example.com/2' },
    ],
  }
}

function release(version: string, supportEnds?: string, lts?: boolean): Release {
  return {
    version,
    released: '2025-01-01',
    supportEnds,
    lts,
  }
}
const setting = (code: string, name: string) => Number(new RegExp(`^ {4}${name}: (\\d+)$`, 'm').exec(code)?.[1])
const barHeight = (code: string) => setting(code, 'barHeight')

describe('releasesSlides', () => {
  it('no releases, no slide', () => {
    expect(releasesSlides(createContext(data([])))).toEqual([])
  })

  it('a gantt chart with a section per subject, text as character codes, LTS marked, and an open end said', () => {
    const [slide, ...rest] = releasesSlides(createContext(data([
      release('24', '2028-04-30', true),
      release('25'),
    ], [
      release('5.2 <i>', '2028-04-01'),
    ])))
    expect(rest).toEqual([])
    const view = slide!.view as ReleasesView
    expect(view.code.split('\n---\n')[1]!.split('\n')).toEqual([
      'gantt',
      '  dateFormat YYYY-MM-DD',
      '  axisFormat %Y',
      '  tickInterval 12month',
      '  section Node#58; #34;A#34; #60;b#62;',
      '  24 LTS :s0r0, 2025-01-01, 2028-04-30',
      '  25 #40;end not announced#41; :s0r1, 2025-01-01, 90d',
      '  section B',
      '  5#46;2 #60;i#62; :s1r0, 2025-01-01, 2028-04-01',
    ])
    expect(barHeight(view.code)).toBe(GANTT.barHeight)
    expect(view.labels).toEqual([
      'Node: "A" <b> 24 LTS: Jan 1, 2025 to Apr 30, 2028',
      'Node: "A" <b> 25: from Jan 1, 2025, end not announced',
      'B 5.2 <i>: Jan 1, 2025 to Apr 1, 2028',
    ])
    expect(view.citations.map(c => c.n)).toEqual([1, 2])
    expect(slide!.notes.at(-1)).toBe('Sources: [1] One, https://example.com/1; [2] Two, https://example.com/2')
  })

  it('bars get thinner to fit the chart, down to the smallest readable height, then continue on another slide', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => release(`${i}`, '2026-01-01'))
    const full = releasesSlides(createContext(data(many(RELEASE_ROWS))))
    expect(full).toHaveLength(1)
    expect(barHeight((full[0]!.view as ReleasesView).code)).toBeGreaterThanOrEqual(GANTT.minBarHeight)
    expect(barHeight((full[0]!.view as ReleasesView).code)).toBeLessThan(GANTT.barHeight)

    const over = releasesSlides(createContext(data(many(RELEASE_ROWS), many(3))))
    expect(over.map(s => s.title)).toEqual(['Releases and support (1/2)', 'Releases and support (2/2)'])
    const views = over.map(s => s.view as ReleasesView)
    // Spread evenly, every bar once, each chart within its height.
    expect(views.map(v => v.labels.length)).toEqual([
      Math.ceil((RELEASE_ROWS + 3) / 2),
      Math.floor((RELEASE_ROWS + 3) / 2),
    ])
    expect(views.flatMap(v => v.labels)).toHaveLength(RELEASE_ROWS + 3)
    for (const v of views) {
      const h = barHeight(v.code)
      expect(h).toBeGreaterThanOrEqual(GANTT.minBarHeight)
      expect(2 * GANTT.topPadding + v.labels.length * (h + GANTT.barGap)).toBeLessThanOrEqual(GANTT.bodyPx)
    }
    // The first chart has only A's bars: it names and cites A alone.
    expect(views[0]!.subjects.map(s => s.id)).toEqual(['a'])
    expect(views[0]!.citations.map(c => c.n)).toEqual([1])
    expect(views[1]!.subjects.map(s => s.id)).toContain('b')
  })

  it('widens the name column for long subject names, up to a limit, and marks months over a short span', () => {
    const brief = data([
      release('1', '2025-06-01'),
    ])
    brief.subjects[0]!.name = 'A'
    const short = releasesSlides(createContext(brief))[0]!.view as ReleasesView
    expect(setting(short.code, 'leftPadding')).toBe(GANTT.leftPadding)
    expect(short.code).toContain('  axisFormat %b %Y\n  tickInterval 1month')
    // d3 names months in English only: other languages get numbers, in their order.
    const german = releasesSlides(createContext({ ...brief, locale: 'de' }))[0]!.view as ReleasesView
    expect(german.code).toContain('  axisFormat %m/%Y\n')
    expect(german.labels).toEqual(['A 1: 01.01.2025 bis 01.06.2025'])
    expect((releasesSlides(createContext({ ...brief, locale: 'ja' }))[0]!.view as ReleasesView).code).toContain('  axisFormat %Y/%m\n')
    const named = data([
      release('1', '2027-06-01'),
    ])
    named.subjects[0]!.name = 'A rather long subject name'
    const wide = releasesSlides(createContext(named))[0]!.view as ReleasesView
    expect(setting(wide.code, 'leftPadding')).toBeGreaterThan(GANTT.leftPadding)
    named.subjects[0]!.name = 'x'.repeat(200)
    expect(setting((releasesSlides(createContext(named))[0]!.view as ReleasesView).code, 'leftPadding')).toBe(GANTT.maxLeftPadding)
  })

  it('warns in the notes when a label will not fit beside its bar', () => {
    const long = `a label longer than the whole chart ${'x'.repeat(80)}`
    const [slide] = releasesSlides(createContext(data([
      release('1', '2030-01-01'),
      { version: long, released: '2025-01-02', supportEnds: '2029-12-01' },
    ])))
    expect(slide!.notes.join(' ')).toContain(`"${long}" will not fit its bar`)
    const [fine] = releasesSlides(createContext(data([
      release('24', '2030-01-01', true),
    ])))
    expect(fine!.notes.join(' ')).not.toContain('will not fit')
  })
})
