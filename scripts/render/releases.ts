import type { Release, Subject } from '../dataset/schema.ts'
import type { DeckContext } from './context.ts'
import type { Localizer } from './locale/index.ts'
import type { Slide } from './slide.ts'
import type { ReleasesView, SubjectView } from './view.ts'
import { allCitations, citationNote, citationsFor, partTitle, textOn } from './context.ts'
import { textWidth } from './fit.ts'
import { GANTT } from './metrics.ts'

/** Gantt text: everything but letters, digits and spaces as a `#code;` entity, as for flowchart labels. */
function ganttText(text: string): string {
  return [
    ...text.replace(/\s+/g, ' ').trim(),
  ].map(ch => /[\p{L}\p{N} ]/u.test(ch)
    ? ch
    : `#${ch.codePointAt(0)};`).join('')
}

interface Row { subject: Subject, view: SubjectView, s: number, release: Release, r: number }

/** The version with its LTS mark. */
function version(l: Localizer, r: Release): string {
  return r.lts
    ? l.t('releaseLts', { version: r.version })
    : r.version
}

/** A bar in words, dates as the deck's language writes them. */
function rowText(l: Localizer, row: Row): string {
  const { release: r } = row
  return r.supportEnds
    ? l.t('releaseRow', {
        name: row.subject.name,
        version: version(l, r),
        from: l.date(r.released),
        to: l.date(r.supportEnds),
      })
    : l.t('releaseRowOpen', {
        name: row.subject.name,
        version: version(l, r),
        from: l.date(r.released),
      })
}

/** The bars that fit one chart: as many as `GANTT.bodyPx` holds at the smallest bar height. */
export const RELEASE_ROWS = Math.floor((GANTT.bodyPx - 2 * GANTT.topPadding) / (GANTT.minBarHeight + GANTT.barGap))

const DAY = 24 * 3600 * 1000
const time = (date: string) => new Date(`${date}T00:00:00Z`).getTime()
/** The bar's last day: the end of support, or 90 days on when none is announced (as drawn). */
function endTime(r: Release) {
  return r.supportEnds
    ? time(r.supportEnds)
    : time(r.released) + 90 * DAY
}
/** A bar's label: the version, its LTS mark, and a note when its end is not announced. */
function label(l: Localizer, r: Release): string {
  return r.supportEnds
    ? version(l, r)
    : l.t('releaseNoEnd', {
        version: version(l, r),
      })
}
/** SVG pixels of gantt text, estimated as for diagram labels (wide CJK characters count twice). */
const textPx = (text: string) => textWidth(text) * GANTT.fontPx * GANTT.charEm

/**
 * The time axis of a chart shorter than two years, in d3's time format:
 * month names are d3's English ones, so only English decks get them; other
 * languages get numeric months, in the order the language writes them.
 */
export function monthAxis(tag: string): string {
  if (new Intl.Locale(tag).language === 'en')
    return '%b %Y'
  const parts = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', timeZone: 'UTC' }).formatToParts(0)
  return parts.findIndex(p => p.type === 'year') < parts.findIndex(p => p.type === 'month')
    ? '%Y/%m'
    : '%m/%Y'
}

interface Chart {
  code: string
  /** Bars whose label Mermaid will set left of the bar and into the subject names. */
  crowded: string[]
}

/**
 * A gantt chart of `rows`, one section per subject. The chart's own
 * frontmatter sets what depends on its content: bars as tall as the height
 * allows (up to `GANTT.barHeight`), a name column as wide as the longest
 * subject name, and ticks a year apart over long spans; the rest is the
 * deck's (setup/diagram.ts).
 */
function gantt(l: Localizer, rows: readonly Row[]): Chart {
  const barHeight = Math.min(GANTT.barHeight, Math.floor((GANTT.bodyPx - 2 * GANTT.topPadding) / rows.length) - GANTT.barGap)
  const leftPadding = Math.round(Math.min(GANTT.maxLeftPadding, Math.max(GANTT.leftPadding, ...rows.map(r => textPx(r.subject.name) + 2 * GANTT.fontPx))))
  const start = Math.min(...rows.map(r => time(r.release.released)))
  const end = Math.max(...rows.map(r => endTime(r.release)))
  const years = (end - start) / (365.25 * DAY)
  // Mermaid's geometry (ganttRenderer): the time axis spans the width less both paddings, and a
  // label too long for its bar goes right of it unless that passes the edge, else left of it.
  const span = GANTT.width - leftPadding - GANTT.rightPadding
  const x = (t: number) => (t - start) / Math.max(1, end - start) * span
  const crowded = rows.filter(({ release: r }) => {
    const w = textPx(label(l, r))
    const [from, to] = [
      x(time(r.released)),
      x(endTime(r)),
    ]
    return w > to - from && to + w + 1.5 * leftPadding > GANTT.width && from - 5 < w
  }).map(row => label(l, row.release))
  const lines = [
    '---',
    'config:',
    '  gantt:',
    `    barHeight: ${barHeight}`,
    `    leftPadding: ${leftPadding}`,
    '---',
    'gantt',
    '  dateFormat YYYY-MM-DD',
    ...years >= 2
      ? ['  axisFormat %Y', '  tickInterval 12month']
      : [`  axisFormat ${monthAxis(l.tag)}`, `  tickInterval ${years >= 0.5
          ? 3
          : 1}month`],
  ]
  let section: Subject | undefined
  for (const { subject, s, release: r, r: i } of rows) {
    if (subject !== section)
      lines.push(`  section ${ganttText(subject.name)}`)
    section = subject
    lines.push(`  ${ganttText(label(l, r))} :s${s}r${i}, ${r.released}, ${r.supportEnds ?? '90d'}`)
  }
  return {
    code: lines.join('\n'),
    crowded,
  }
}

/**
 * Every subject's releases as a Mermaid gantt chart: a bar from release to
 * end of support, LTS releases marked, today's date drawn by Mermaid when the
 * slide is shown. More bars than one chart holds continue on the next slide.
 * Cited with each subject's sources.
 */
export function releasesSlides(ctx: DeckContext): Slide[] {
  const { l } = ctx
  const rows: Row[] = ctx.data.subjects.flatMap((subject, s) => (subject.releases ?? []).map((release, r) => ({
    subject,
    view: ctx.subjects[s]!,
    s,
    release,
    r,
  })))
  if (!rows.length)
    return []
  const count = Math.ceil(rows.length / RELEASE_ROWS)
  // Spread evenly, so no chart is left with a bar or two.
  const per = Math.ceil(rows.length / count)
  return Array.from({ length: count }, (_, part): Slide => {
    const shown = rows.slice(part * per, (part + 1) * per)
    const subjects = [
      ...new Set(shown.map(row => row.subject)),
    ]
    const citations = allCitations(...subjects.map(subject => citationsFor(ctx, subject.sources)))
    const title = partTitle(l, l.t('releasesTitle'), part, count)
    const chart = gantt(l, shown)
    const shownSubjects = subjects.map(subject => ctx.subjects[ctx.data.subjects.indexOf(subject)]!)
    const view: ReleasesView = {
      title,
      subjects: shownSubjects,
      code: chart.code,
      barText: shownSubjects.map(s => textOn(s.color)),
      labels: shown.map(row => rowText(l, row)),
      citations,
      caption: l.t('releasesCaption'),
    }
    return {
      title,
      layout: 'default',
      component: 'ReleaseTimeline',
      view,
      notes: [
        l.t('notesReleases'),
        ...view.labels.map(release => l.t('notesRelease', { release })),
        chart.crowded.length
          ? l.plural('notesReleasesCrowded', chart.crowded.length, {
              labels: chart.crowded.map(text => l.t('quote', { text })).join(l.messages.listSeparator),
            })
          : '',
        citationNote(l, citations),
      ],
    }
  })
}
