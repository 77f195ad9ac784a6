import type { HandoutDeck } from './deck.ts'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { htmlToText } from './deck.ts'
import { handoutWords } from './messages.ts'

// One HTML document, one sheet of paper per 1, 2, 3 or 6 slides, each sheet
// with a header and a footer. Everything it needs is inlined. The slides
// themselves are not in it: each has an empty frame, linked to SLIDE_LINK and
// its index, where handout/place.ts later draws that slide's page of Slidev's
// PDF export (the link's annotation says where Chromium printed the frame).

const require = createRequire(import.meta.url)

/** The faces the deck bundles (styles/index.ts) that the handout uses. */
const FONT_FILES = [
  '@fontsource/nunito-sans/400.css',
  '@fontsource/nunito-sans/400-italic.css',
  '@fontsource/nunito-sans/700.css',
  '@fontsource/nunito-sans/800.css',
  '@fontsource/fira-code/400.css',
]

/** Fontsource's @font-face rules with every woff2 inlined as a data: URL (and the woff fallback dropped). */
export async function inlineFontFaces(): Promise<string> {
  const sheets = await Promise.all(FONT_FILES.map(async (spec) => {
    const css = await readFile(require.resolve(spec), 'utf8')
    const dir = dirname(require.resolve(spec))
    const urls = new Map<string, string>()
    for (const [, file] of css.matchAll(/url\(\.\/files\/([\w.-]+\.woff2)\)/g))
      urls.set(file!, `data:font/woff2;base64,${(await readFile(join(dir, 'files', file!))).toString('base64')}`)
    return css
      .replace(/url\(\.\/files\/([\w.-]+\.woff2)\) format\('woff2'\)(?:,\s*url\([^)]*\) format\('woff'\))?/g, (_, file: string) => `url(${urls.get(file)}) format('woff2')`)
      .replace(/font-display:\s*swap/g, 'font-display: block')
  }))
  return sheets.join('\n')
}

/** Slides per sheet: a slide and its notes (1, 2), a slide beside lines to write on (3), slides only (6). */
export const PER_PAGE = [1, 2, 3, 6] as const
export type PerPage = typeof PER_PAGE[number]

/** Paper sizes in mm, each with its name in CSS `@page { size }` and in Chromium's pdf(). */
export const PAPERS = {
  A4: { width: 210, height: 297, css: 'A4' },
  Letter: { width: 215.9, height: 279.4, css: 'letter' },
} as const
export type Paper = keyof typeof PAPERS

/** The address each slide's frame links to, followed by the slide's index in the deck. */
export const SLIDE_LINK = 'https://slide.versus.invalid/'

/** A slide's size, in any unit: only its aspect ratio counts. */
export interface SlideSize {
  width: number
  height: number
}

export interface HandoutLayout {
  perPage: PerPage
  paper: Paper
}

/**
 * Every size the layout assumes, in mm unless named pt. The running header and
 * footer get fixed heights so that the room left for slides is known here,
 * not measured: the 3-up sheet draws as many ruled lines as that room holds.
 */
export const SIZES = {
  margin: { top: 13, side: 18, bottom: 11 },
  header: { height: 6.4, gap: 7 },
  footer: { height: 6.4, gap: 5 },
  /** Between the slides of a sheet. */
  gap: 8,
  /** 3-up: the slide's share of the width; the lines take the rest. */
  slideColumn: 0.5,
  /** 3-up: the height of one ruled line, about that of a college-ruled pad. */
  rulePitch: 8,
  /** 6-up: between the two columns. */
  columnGap: 10,
  /** The smallest body type on paper: captions, and notes at their most shrunk. */
  minPt: 9,
} as const

/** How notes start and how far fitSheets may shrink them (and the slide above them) before a sheet spills. */
export interface FitRules {
  /** Notes' type size to start with. */
  notesPt: number
  /** Never smaller than this. */
  minPt: number
  /** The slide's width (% of the column) to start with, and the least it may shrink to. */
  figure: { from: number, min: number }
  /** 2-up: then float the slide left at this width (%) so the notes run beside it, and shrink it so far. */
  beside?: { from: number, min: number }
}

export const FIT: Readonly<Record<1 | 2, FitRules>> = {
  1: {
    notesPt: 11.5,
    minPt: SIZES.minPt,
    figure: { from: 100, min: 55 },
  },
  2: {
    notesPt: 10,
    minPt: SIZES.minPt,
    figure: { from: 64, min: 52 },
    beside: { from: 50, min: 40 },
  },
}

/** The room between header and footer on a sheet of `paper`, in mm. */
export function contentBox(paper: Paper): { width: number, height: number } {
  const { width, height } = PAPERS[paper]
  const { margin, header, footer } = SIZES
  return {
    width: width - 2 * margin.side,
    height: height - margin.top - margin.bottom - header.height - header.gap - footer.height - footer.gap,
  }
}

/** 3-up: how many ruled lines fit beside each slide. */
export function ruledLines(paper: Paper): number {
  const row = (contentBox(paper).height - 2 * SIZES.gap) / 3
  return Math.floor(row / SIZES.rulePitch)
}

function style({ perPage, paper }: HandoutLayout): string {
  const { width, height, css } = PAPERS[paper]
  const { margin, header, footer } = SIZES
  const fit = fitRules(perPage)
  return `
@page { size: ${css}; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; }
body {
  font-family: 'Nunito Sans', ui-sans-serif, system-ui, sans-serif;
  color: #27272a;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
  font-kerning: normal;
}
.sheet {
  width: ${width}mm;
  height: ${height}mm;
  padding: ${margin.top}mm ${margin.side}mm ${margin.bottom}mm;
  display: flex;
  flex-direction: column;
  overflow: hidden;
  break-after: page;
}
.sheet:last-child { break-after: auto; }
.sheet.spills { height: auto; min-height: ${height}mm; overflow: visible; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.spills .items, .spills .item { flex: none; overflow: visible; }
.shared .item { flex: none; }
.running {
  flex: none;
  display: flex;
  justify-content: space-between;
  align-items: baseline;
  gap: 8mm;
  font-size: 8.5pt;
  line-height: 1.3;
  color: #71717a;
}
.running > * { margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.running > :first-child { flex: none; max-width: 60%; }
.running > :last-child { min-width: 0; }
header.running { height: ${header.height}mm; border-bottom: 0.5pt solid #d4d4d8; padding-bottom: 2.2mm; margin-bottom: ${header.gap}mm; }
header .deck { font-weight: 800; letter-spacing: 0.06em; text-transform: uppercase; color: #3f3f46; }
footer.running { height: ${footer.height}mm; border-top: 0.5pt solid #e4e4e7; padding-top: 2.2mm; margin-top: ${footer.gap}mm; }
footer .no { font-variant-numeric: tabular-nums; }
.items { flex: 1 1 auto; min-height: 0; }
figure.slide {
  margin: 0 auto;
  width: 100%;
  border: 0.6pt solid #d4d4d8;
  background: #fff;
}
figure.slide .frame { display: block; aspect-ratio: var(--slide-ratio); }
/* A frame split over two pages could not hold its slide. */
figure.slide, figure.slide .frame { break-inside: avoid; }
.caption {
  margin: 0;
  font-size: ${SIZES.minPt}pt;
  font-weight: 400;
  line-height: 1.3;
  color: #3f3f46;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
.caption .no, .slide-title .no { font-weight: 800; font-variant-numeric: tabular-nums; color: #18181b; margin-right: 0.15em; }
${fit
  ? notesStyle(perPage, fit)
  : ''}
${perPage === 3
  ? linedStyle(paper)
  : ''}
${perPage === 6
  ? gridStyle()
  : ''}
`
}

/** 1 and 2 per page: the slide, its title and its notes in a column that fitSheets keeps within the sheet. */
function notesStyle(perPage: PerPage, fit: FitRules): string {
  return `
.items { display: flex; flex-direction: column; gap: ${SIZES.gap}mm; }
.item { flex: 1 1 0; min-height: 0; overflow: hidden; }
.item + .item { border-top: 0.5pt solid #e4e4e7; padding-top: ${SIZES.gap}mm; }
.item figure.slide { width: ${fit.figure.from}%; }
.item.beside figure.slide { float: left; margin: 0 5mm 2mm 0; }
.slide-title {
  margin: ${perPage === 1
    ? 7
    : 3.5}mm 0 0;
  font-size: ${perPage === 1
    ? 13
    : 11}pt;
  font-weight: 800;
  line-height: 1.25;
  color: #18181b;
}
.item.beside .slide-title { margin-top: 0; }
.label {
  margin: 1.2mm 0 3mm;
  font-size: 7.5pt;
  font-weight: 700;
  letter-spacing: 0.12em;
  text-transform: uppercase;
  color: #a1a1aa;
}
.notes {
  margin-top: ${perPage === 1
    ? 0
    : 1.5}mm;
  font-size: ${fit.notesPt}pt;
  line-height: ${perPage === 1
    ? 1.5
    : 1.4};
  overflow-wrap: break-word;
}
.notes > :first-child { margin-top: 0; }
.notes > :last-child { margin-bottom: 0; }
.notes p, .notes ul, .notes ol, .notes blockquote, .notes pre { margin: 0 0 0.65em; }
.notes ul, .notes ol { padding-left: 1.3em; }
.notes li { margin: 0.15em 0; }
.notes h1, .notes h2, .notes h3, .notes h4, .notes h5, .notes h6 { font-size: 1em; font-weight: 800; margin: 0.9em 0 0.3em; }
.notes strong { font-weight: 700; color: #18181b; }
.notes a { color: inherit; text-decoration: underline; text-decoration-color: #a1a1aa; text-underline-offset: 0.15em; overflow-wrap: anywhere; }
.notes code, .notes pre { font-family: 'Fira Code', ui-monospace, monospace; font-size: 0.88em; }
.notes code { background: #f4f4f5; border-radius: 0.6mm; padding: 0 0.25em; }
.notes pre { background: #f4f4f5; border-radius: 1mm; padding: 0.6em 0.8em; white-space: pre-wrap; }
.notes pre code { background: none; padding: 0; }
.notes blockquote { border-left: 0.8mm solid #d4d4d8; padding-left: 0.8em; color: #52525b; }
.notes.empty { color: #a1a1aa; font-style: italic; }
`
}

/** 3 per page: three rows, the slide on the left, evenly ruled lines on the right. */
function linedStyle(paper: Paper): string {
  return `
.items { display: grid; grid-template-rows: repeat(3, 1fr); gap: ${SIZES.gap}mm; }
.item { display: grid; grid-template-columns: ${SIZES.slideColumn * 100}% 1fr; column-gap: 8mm; min-height: 0; }
.item .caption { margin-bottom: 1.5mm; }
.lines { display: grid; grid-template-rows: repeat(${ruledLines(paper)}, 1fr); }
.rule { border-bottom: 0.5pt solid #a1a1aa; }
`
}

/** 6 per page: two columns of three, each slide over its number and title. */
function gridStyle(): string {
  return `
.items { display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: repeat(3, 1fr); gap: ${SIZES.gap}mm ${SIZES.columnGap}mm; }
.item { min-width: 0; min-height: 0; align-self: center; }
.item .caption { margin-top: 2mm; }
`
}

/**
 * Runs in the page. Shrinks what would overflow a slide's box on a 1- or
 * 2-up sheet: first the notes' type (down to `minPt`), then the slide;
 * on a 2-up sheet the slide then moves left so the notes run beside it, and
 * a slide short of room may take what the other leaves free. A sheet that
 * still overflows runs onto another page rather than cutting the notes off;
 * the numbers of the slides that did not fit are returned.
 */
export function fitSheets(rules: FitRules): number[] {
  const overflows = (box: HTMLElement) => box.scrollHeight > box.clientHeight + 1
  const fit = (item: HTMLElement): boolean => {
    const notes = item.querySelector<HTMLElement>('.notes')
    const figure = item.querySelector<HTMLElement>('figure.slide')
    if (!notes || !figure)
      return true
    for (let size = rules.notesPt; overflows(item) && size > rules.minPt;) {
      size = Math.max(rules.minPt, size - 0.5)
      notes.style.fontSize = `${size}pt`
    }
    for (let width = rules.figure.from; overflows(item) && width > rules.figure.min;) {
      width = Math.max(rules.figure.min, width - 4)
      figure.style.width = `${width}%`
    }
    if (rules.beside && overflows(item)) {
      item.classList.add('beside')
      for (let width = rules.beside.from; width >= rules.beside.min; width -= 2) {
        figure.style.width = `${width}%`
        if (!overflows(item))
          break
      }
    }
    return !overflows(item)
  }
  const spills: number[] = []
  for (const sheet of document.querySelectorAll<HTMLElement>('.sheet')) {
    const over = [
      ...sheet.querySelectorAll<HTMLElement>('.item'),
    ].filter(item => !fit(item))
    if (!over.length)
      continue
    // Each slide sized to its content: fits if the others leave enough free.
    sheet.classList.add('shared')
    const items = sheet.querySelector<HTMLElement>('.items')!
    if (!overflows(items))
      continue
    sheet.classList.replace('shared', 'spills')
    spills.push(...over.map(item => Number(item.dataset.no)))
  }
  return spills
}

/** The fit rules of a layout whose slides carry notes; undefined for 3 and 6 per page, which have none. */
export function fitRules(perPage: PerPage): FitRules | undefined {
  return perPage === 1 || perPage === 2
    ? FIT[perPage]
    : undefined
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({
    length: Math.ceil(items.length / size),
  }, (_, i) => items.slice(i * size, (i + 1) * size))
}

/**
 * The handout page, with a frame of the slides' aspect ratio where each slide
 * goes. Pure: the same deck and layout give the same HTML.
 */
export function handoutHtml(deck: HandoutDeck, slideSize: SlideSize, fontFaces: string, layout: HandoutLayout = { perPage: 1, paper: 'A4' }): string {
  const { perPage, paper } = layout
  if (!PER_PAGE.includes(perPage))
    throw new RangeError(`perPage must be one of ${PER_PAGE.join(', ')}, got ${String(perPage)}.`)
  if (!Object.hasOwn(PAPERS, paper))
    throw new RangeError(`paper must be one of ${Object.keys(PAPERS).join(', ')}, got ${String(paper)}.`)
  if (!(slideSize.width > 0 && slideSize.height > 0))
    throw new RangeError(`a slide must have a size, got ${slideSize.width} × ${slideSize.height}.`)
  const total = deck.slides.length
  const l = handoutWords(deck.lang)
  const slideName = (no: number) => l.t('slide', { no })
  const slides = deck.slides.map((slide, index) => ({ ...slide, index }))
  const lines = perPage === 3
    ? `<div class="lines" aria-hidden="true">${'<span class="rule"></span>'.repeat(ruledLines(paper))}</div>`
    : ''

  const item = (slide: typeof slides[number]): string => {
    const alt = `${slideName(slide.no)}${slide.titleHtml
      ? `: ${htmlToText(slide.titleHtml)}`
      : ''}`.replace(/"/g, '&quot;')
    const figure = `<figure class="slide"><a class="frame" href="${SLIDE_LINK}${slide.index}"><span role="img" aria-label="${alt}"></span></a></figure>`
    // A heading per slide: Chromium's PDF outline is made of the page's headings.
    const caption = `<h2 class="caption"><span class="no">${slideName(slide.no)}</span> ${slide.titleHtml}</h2>`
    if (perPage === 3)
      return `<article class="item" data-no="${slide.no}"><div>${caption}${figure}</div>${lines}</article>`
    if (perPage === 6)
      return `<article class="item" data-no="${slide.no}">${figure}${caption}</article>`
    const notes = slide.notesHtml
      ? `<div class="notes">${slide.notesHtml}</div>`
      : `<div class="notes empty"><p>${l.t('noNotes')}</p></div>`
    // One slide per sheet has its number in the footer; two need theirs by their titles.
    const title = perPage === 1
      ? `<h2 class="slide-title">${slide.titleHtml || slideName(slide.no)}</h2>\n<p class="label">${l.t('notesLabel')}</p>`
      : `<h2 class="slide-title"><span class="no">${slideName(slide.no)}</span> ${slide.titleHtml}</h2>`
    return `<article class="item" data-no="${slide.no}">
${figure}
${title}
${notes}
</article>`
  }

  const sheets = chunks(slides, perPage).map((group) => {
    const first = group[0]!.no
    const last = group.at(-1)!.no
    const counter = first === last
      ? l.t('counter', { no: first, total })
      : l.t('counters', { from: first, to: last, total })
    const footer = perPage <= 2
      ? l.t('footer')
      : l.t('slidesFooter')
    return `<section class="sheet per-${perPage}">
<header class="running"><span class="deck">${deck.titleHtml}</span><span>${deck.infoHtml}</span></header>
<div class="items">
${group.map(item).join('\n')}
</div>
<footer class="running"><span>${footer}</span><span class="no">${counter}</span></footer>
</section>`
  })
  return `<!doctype html>
<html lang="${deck.lang}">
<head>
<meta charset="utf-8">
<title>${l.t('title', { title: htmlToText(deck.titleHtml) || l.t('untitled') })}</title>
<style>${fontFaces}</style>
<style>${style(layout)}
:root { --slide-ratio: ${slideSize.width} / ${slideSize.height}; }</style>
</head>
<body>
${sheets.join('\n')}
</body>
</html>
`
}
