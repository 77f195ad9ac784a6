// The sizes the deck is drawn and judged at, in one place: the generator
// paginates with them, the components draw with them, and the layout check
// measures against them.

/** Slidev's canvas (headmatter `canvasWidth`, 16:9): CSS pixels of every slide. */
export const CANVAS = { width: 980, height: 551 } as const

/** The screen slides are judged on: a 720p projector or a laptop window. */
export const SCREEN = { width: 1280, height: 720 } as const

/** Screen pixels per canvas pixel when a slide fills SCREEN. */
export const SCREEN_SCALE = SCREEN.width / CANVAS.width

/** Canvas pixels per rem: the deck's root font size. */
export const REM = 16

/** A run of text: its size in rem and its line height, as the component sets them. */
export interface TextStyle {
  rem: number
  line: number
  /** Bold text runs wider. */
  bold?: boolean
}

/** Canvas pixels one line of `text` takes. */
export function linePx(text: TextStyle): number {
  return text.rem * REM * text.line
}

/** Characters of average width per line of `text` in a box `width` canvas pixels wide. */
export function charsPerLine(width: number, text: TextStyle): number {
  return Math.max(8, Math.floor(width / (text.rem * REM * (text.bold ? 0.55 : 0.5))))
}

/** A slide's title (`.vs-title` in styles/deck.css). */
export const SLIDE_TITLE = { rem: 2.2, line: 1.15, bold: true } as const

/** The default layout's content width (Slidev's 3.5rem padding each side) and the gap between columns. */
export const CONTENT_WIDTH = 870
export const COLUMN_GAP_REM = 1.4

/** Canvas pixels of text width in one of `columns` equal columns whose boxes pad `paddingRem` each side. */
export function columnTextWidth(columns: number, paddingRem: number): number {
  return (CONTENT_WIDTH - (columns - 1) * COLUMN_GAP_REM * REM) / columns - 2 * paddingRem * REM
}

/**
 * An aspect slide: each subject's key phrase and bullets in a column. Short
 * content is set large, to use the slide; long content continues on the next
 * slide at the regular size.
 */
export const ASPECT = {
  /** Canvas pixels a column has for its key phrase and bullets, below a one-line title and a one-row subject header. */
  columnPx: 330,
  /** In three or four columns the score meter goes under the subject name: the header is this much taller. */
  stackedHeaderPx: 27,
  paddingRem: 1.1,
  sizes: {
    regular: {
      cell: { rem: 1.3, line: 1.3 },
      cellGapRem: 0.9,
      bullet: { rem: 1.12, line: 1.3 },
      bulletGapEm: 0.35,
    },
    large: {
      cell: { rem: 1.6, line: 1.25 },
      cellGapRem: 1.1,
      bullet: { rem: 1.4, line: 1.3 },
      bulletGapEm: 0.45,
    },
  },
} as const

export type AspectSize = keyof typeof ASPECT.sizes

/** Canvas pixels for an aspect column's key phrase and bullets, in one of `columns` columns under a title of `titleLines` lines. */
export function aspectBodyPx(columns: number, titleLines: number): number {
  return ASPECT.columnPx - (columns > 2
    ? ASPECT.stackedHeaderPx
    : 0) - (titleLines - 1) * linePx(SLIDE_TITLE)
}

/** The overview table: a row per aspect, the aspect column and a column per subject. */
export const TABLE = {
  /** Canvas pixels below the title and the header row. */
  bodyPx: 360,
  /** Rows per slide that stay readable from the back of a room. */
  rowsPerSlide: 6,
  text: { rem: 1.2, line: 1.3 },
  headRem: 1.3,
  padding: { yRem: 0.6, xRem: 0.8 },
  /** The aspect column's width against a subject column's 2. */
  aspectShare: 1.6,
} as const

/** The sources list: title, then the URL, numbered. */
export const SOURCES = {
  listPx: 410,
  perSlide: 8,
  title: { rem: 0.98, line: 1.25 },
  url: { rem: 0.85, line: 1.25 },
  gapRem: 0.45,
  /** The column the numbers stand in. */
  numberRem: 2.4,
} as const

/** The verdict: a summary over the whole width, then the points beside the mean scores. */
export const VERDICT = {
  /** Canvas pixels below the title for the summary and the points. */
  bodyPx: 390,
  summary: { rem: 1.45, line: 1.35 },
  summaryGapRem: 1,
  point: { rem: 1.25, line: 1.3 },
  pointGapEm: 0.35,
} as const

/**
 * The scores chart, in SVG units (the SVG is drawn at about the content
 * width, so a unit is about a canvas pixel): aspect labels wrap in their
 * column, each row as tall as its label, and a chart never taller than
 * `maxHeightRem`, so it is never scaled down.
 */
export const SCORE_CHART = {
  width: 860,
  /** The label column, including `labelGap` before the bars. */
  label: 250,
  labelGap: 12,
  labelPx: 18,
  labelLine: 1.15,
  /** Average character width of a label, in em (600 weight). */
  labelCharEm: 0.56,
  tickPx: 17,
  /** Above the first row, for the tick numbers; and below the last. */
  top: 26,
  bottom: 6,
  minRow: 40,
  rowPadding: 12,
  maxHeightRem: 23,
} as const

/** Characters per line of an aspect label in the scores chart. */
export const scoreLabelChars = Math.floor((SCORE_CHART.label - SCORE_CHART.labelGap) / (SCORE_CHART.labelPx * SCORE_CHART.labelCharEm))

/** SVG units a row of the scores chart takes when its label has `lines` lines. */
export function scoreRowHeight(lines: number): number {
  return Math.max(SCORE_CHART.minRow, Math.ceil(lines * SCORE_CHART.labelPx * SCORE_CHART.labelLine + SCORE_CHART.rowPadding))
}

/** Code side by side: one column per subject, monospaced, lines wrapped rather than cut. */
export const CODE = {
  /** Canvas pixels below the title and the column headings. */
  bodyPx: 380,
  text: { rem: 0.85, line: 1.4 },
  /** Monospaced characters are this wide, in em. */
  charEm: 0.6,
  paddingRem: 0.8,
  /** A wrapped line continues this many characters in from where it started. */
  wrapIndentCh: 2,
} as const

/** The release timeline (a Mermaid gantt chart), in SVG pixels at the content width. */
export const GANTT = {
  fontPx: 15,
  /** Bars are this tall when there is room, never less than `minBarHeight`. */
  barHeight: 28,
  minBarHeight: 22,
  barGap: 6,
  /** Above the bars, and the same again below them for the axis (Mermaid's layout). */
  topPadding: 40,
  /** The subject-name column: at least this, wider for long names, up to the maximum. */
  leftPadding: 120,
  maxLeftPadding: 260,
  /** Mermaid's default room right of the time axis. */
  rightPadding: 75,
  /** Average character width of gantt text, in em (Nunito Sans). */
  charEm: 0.55,
  width: 870,
  /** Canvas pixels for the chart below the title and its caption. */
  bodyPx: 400,
} as const

/** Lists of titled items: strengths and trade-offs, "when to choose". */
export const LIST = {
  /** Canvas pixels a list column has below the slide title and its own heading. */
  columnPx: 368,
  title: { rem: 1.1, line: 1.3, bold: true },
  detail: { rem: 0.98, line: 1.3 },
  itemGapRem: 0.55,
  /** The marker before each item. */
  indentRem: 1.4,
} as const

/** LIST as CSS values, for the components that draw titled lists (ProsCons, WhenToChoose). */
export const LIST_CSS = {
  title: `${LIST.title.rem}rem`,
  line: LIST.title.line,
  detail: `${LIST.detail.rem}rem`,
  detailLine: LIST.detail.line,
  gap: `${LIST.itemGapRem}rem`,
  indent: `${LIST.indentRem}rem`,
} as const

/** No visible text smaller than this on SCREEN: readable from the back of the room. */
export const MIN_TEXT_PX = 16

/**
 * How far a diagram's estimated size (render/diagram-layout.ts) may be off
 * Mermaid's: a decision that needs labels of N px asks the estimate for
 * N times this.
 */
export const DIAGRAM_ESTIMATE_MARGIN = 1.1

/** Diagram labels on a diagram's own slide, on SCREEN. */
export const MIN_DIAGRAM_LABEL_PX = 18

/**
 * Mermaid's flowchart style, given to Mermaid (setup/diagram.ts) and used to
 * estimate a diagram's size before it is drawn (render/diagram-layout.ts).
 * Node and rank spacing are Mermaid's own, which flowcharts do not let us change.
 */
export const DIAGRAM = {
  fontPx: 18,
  wrappingWidth: 260,
  padding: 8,
  // Measured in Chromium with Nunito Sans: average character width, line height, node box padding.
  charEm: 0.48,
  lineHeight: 1.5,
  nodePaddingX: 32,
  nodePaddingY: 24,
  nodeSpacing: 50,
  rankSpacing: 50,
  margin: 8,
  groupPadding: 16,
  // Measured: diagrams with groups come out this much longer along their flow than dagre says.
  groupStretch: 1.2,
} as const

/** A diagram slide: little chrome, so the drawing gets the most of the canvas. */
export const DIAGRAM_SLIDE = {
  /** Canvas pixels around the content. */
  padding: 16,
  titleRem: 1.6,
  titleLine: 1.3,
  /** Canvas pixels between the title and the diagrams, and between grid cells. */
  gap: 10,
  /** A grid cell's heading: the subject and the diagram's title. */
  headingRem: 1.1,
} as const

/** The title and grid-cell heading of a diagram slide, as text styles. */
export const DIAGRAM_TITLE = { rem: DIAGRAM_SLIDE.titleRem, line: DIAGRAM_SLIDE.titleLine, bold: true } as const
export const DIAGRAM_HEADING = { rem: DIAGRAM_SLIDE.headingRem, line: 1.3, bold: true } as const

/** Canvas pixels of text width a diagram slide's title has, and a heading in one of `columns` cells. */
export const diagramTitleWidth = CANVAS.width - 2 * DIAGRAM_SLIDE.padding - (3.5 * REM - DIAGRAM_SLIDE.padding)
export const diagramHeadingWidth = (columns: number) => (CANVAS.width - 2 * DIAGRAM_SLIDE.padding - (columns - 1) * DIAGRAM_SLIDE.gap) / columns

/**
 * Canvas pixels a diagram gets in a `columns` × `rows` grid on a diagram
 * slide whose title takes `titleLines` lines and whose cell headings take
 * `headingLines` (titles and headings wrap, never cut).
 */
export function diagramArea(columns: number, rows: number, titleLines = 1, headingLines = 1): { width: number, height: number } {
  const s = DIAGRAM_SLIDE
  const width = CANVAS.width - 2 * s.padding
  const height = CANVAS.height - 2 * s.padding - titleLines * linePx(DIAGRAM_TITLE) - s.gap
  const heading = columns * rows > 1
    ? headingLines * linePx(DIAGRAM_HEADING) + 4
    : 0
  return {
    width: (width - (columns - 1) * s.gap) / columns,
    height: (height - (rows - 1) * s.gap) / rows - heading,
  }
}

/**
 * The brand footer (dataset `brand.footer`), in the default layout's bottom
 * padding: below the content, so pagination does not change. Text at 0.8rem
 * is 16.7 px on a 1280×720 screen.
 */
export const FOOTER = { bottomRem: 0.55, textRem: 0.8, logoRem: 1.15 } as const
