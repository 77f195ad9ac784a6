import type { DatasetError } from './dataset/errors.ts'
import type { Theme } from './render/brand.ts'
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { loadDataset } from './dataset/load.ts'
import { writeAtomically } from './fs.ts'
import { cachedHighlight } from './highlight-cache.ts'
import { LOGO_DIR, logoFileName } from './render/brand.ts'
import { renderDeckFile, renderSections, SECTIONS } from './render/deck.ts'
import { exampleSnippets } from './render/examples.ts'

export interface GenerateOptions {
  data: string
  /** The whole deck, as one Slidev markdown file. */
  out?: string
  /** Or a folder of sections (title.md, agenda.md, …) that a speaker's own deck imports with `src:`. */
  sections?: string
  /** Compare only: report whether the output is what the data renders to. */
  check?: boolean
  /** The deck's language (a BCP 47 tag), over the dataset's own `locale`. */
  locale?: string
  /** The Slidev theme, over the dataset's own `brand.theme`. */
  theme?: Theme
  /** Where the colours of the examples' code are kept between runs (highlight-cache.ts). */
  highlightCache?: string
}

export type GenerateResult
  = | { status: 'written' | 'unchanged' | 'up-to-date', slides: number }
    | { status: 'stale' }
    | { status: 'invalid', errors: DatasetError[] }

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  }
  catch {
    return undefined
  }
}

const posix = (p: string) => p.split('\\').join('/')

type Outputs = Pick<GenerateOptions, 'out' | 'sections'>

/** The whole deck's file: `out`, else slides.md unless only sections are asked for. */
function deckOf({ out, sections }: Outputs): string | undefined {
  return out ?? (sections ? undefined : 'slides.md')
}

/** What a run writes, as messages name it: `slides.md`, `sections/x/`, or both. */
export function outputsOf(options: Outputs): string {
  return [
    deckOf(options),
    options.sections && `${options.sections}/`,
  ].filter(Boolean).join(' and ')
}

export async function generate({ data, out, sections, check = false, locale, theme, highlightCache }: GenerateOptions): Promise<GenerateResult> {
  const shown = posix(relative(process.cwd(), data)) || data
  const loaded = await loadDataset(data)
  if (!loaded.ok) {
    return {
      status: 'invalid',
      errors: loaded.errors.map(e => ({ ...e, file: shown })),
    }
  }
  const dataset = {
    ...loaded.dataset,
    ...locale !== undefined && { locale },
    ...theme !== undefined && {
      brand: { ...loaded.dataset.brand, theme },
    },
  }
  const options = {
    source: shown,
    exportName: basename(data, extname(data)),
    highlight: await cachedHighlight(exampleSnippets(dataset), highlightCache),
  }
  // Every file the data renders to; undefined for a section file the data no longer fills.
  const files = new Map<string, string | undefined>()
  let sectionSlides = 0
  if (sections) {
    for (const name of SECTIONS)
      files.set(join(sections, `${name}.md`), undefined)
    for (const section of renderSections(dataset, options)) {
      files.set(join(sections, `${section.name}.md`), section.markdown)
      sectionSlides += section.slides
    }
  }
  const deck = deckOf({ out, sections })
  let slides = sectionSlides
  if (deck) {
    const file = renderDeckFile(dataset, options)
    files.set(deck, file.markdown)
    slides = file.slides
  }
  // The logo travels with the deck: Slidev serves public/ beside the deck's entry and copies it into the build.
  const logo = dataset.brand?.logo
  const logoCopy = logo && {
    from: resolve(dirname(data), logo),
    to: join(deck
      ? dirname(deck)
      : '.', LOGO_DIR, logoFileName(logo)),
  }
  const current = new Map(await Promise.all([
    ...files.keys(),
  ].map(async f => [f, await readIfExists(f)] as const)))
  const changed = [...files].filter(([f, markdown]) => current.get(f) !== markdown)
  const logoStale = logoCopy
    ? !await sameBytes(logoCopy.from, logoCopy.to)
    : false
  if (check) {
    return changed.length || logoStale
      ? { status: 'stale' }
      : { status: 'up-to-date', slides }
  }
  if (!changed.length && !logoStale)
    return { status: 'unchanged', slides }
  if (logoCopy && logoStale) {
    await mkdir(dirname(logoCopy.to), { recursive: true })
    await copyFile(logoCopy.from, logoCopy.to)
  }
  if (sections)
    await mkdir(sections, { recursive: true })
  await Promise.all(changed.map(([f, markdown]) => markdown === undefined
    ? rm(f, { force: true })
    : writeAtomically(f, markdown)))
  return { status: 'written', slides }
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([
    readFile(a),
    readFile(b).catch(() => undefined),
  ])
  return y !== undefined && x.equals(y)
}
