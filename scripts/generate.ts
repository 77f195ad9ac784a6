import type { DatasetError } from './dataset/errors.ts'
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { loadDataset } from './dataset/load.ts'
import { LOGO_DIR, logoFileName } from './render/brand.ts'
import { renderDeck, renderSections, SECTIONS } from './render/deck.ts'
import { exampleLanguages } from './render/examples.ts'
import { loadHighlight } from './render/highlight.ts'

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

/** Write next to the target, then rename: readers (Slidev's watcher) never see half a file. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`
  try {
    await writeFile(tmp, content)
    await rename(tmp, file)
  }
  finally {
    await rm(tmp, { force: true })
  }
}

const posix = (p: string) => p.split('\\').join('/')

export async function generate({ data, out, sections, check = false, locale }: GenerateOptions): Promise<GenerateResult> {
  const shown = posix(relative(process.cwd(), data)) || data
  const loaded = await loadDataset(data)
  if (!loaded.ok) {
    return {
      status: 'invalid',
      errors: loaded.errors.map(e => ({ ...e, file: shown })),
    }
  }
  const dataset = locale === undefined
    ? loaded.dataset
    : { ...loaded.dataset, locale }
  const options = {
    source: shown,
    exportName: basename(data, extname(data)),
    highlight: await loadHighlight(exampleLanguages(dataset)),
  }
  // Every file the data renders to; undefined for a section file the data no longer fills.
  const files = new Map<string, string | undefined>()
  if (sections) {
    for (const name of SECTIONS)
      files.set(join(sections, `${name}.md`), undefined)
    for (const section of renderSections(dataset, options))
      files.set(join(sections, `${section.name}.md`), section.markdown)
  }
  if (out || !sections)
    files.set(out ?? 'slides.md', renderDeck(dataset, options))
  // The logo travels with the deck: Slidev serves public/ and copies it into the build.
  const logo = loaded.dataset.brand?.logo
  const copies = logo
    ? [
        {
          from: resolve(dirname(data), logo),
          to: join(LOGO_DIR, logoFileName(logo)),
        },
      ]
    : []
  const slides = countSlides(files.get(out ?? '') ?? [
    ...files.values(),
  ].join(''))
  const current = new Map(await Promise.all([
    ...files.keys(),
  ].map(async f => [f, await readIfExists(f)] as const)))
  const changed = [...files].filter(([f, markdown]) => current.get(f) !== markdown)
  const copied = (await Promise.all(copies.map(async c => await sameBytes(c.from, c.to)
    ? []
    : [c]))).flat()
  if (check) {
    return changed.length || copied.length
      ? { status: 'stale' }
      : { status: 'up-to-date', slides }
  }
  if (!changed.length && !copied.length)
    return { status: 'unchanged', slides }
  for (const c of copied) {
    await mkdir(dirname(c.to), { recursive: true })
    await copyFile(c.from, c.to)
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

function countSlides(markdown: string): number {
  return markdown.match(/^<[A-Z]\w+ v-bind="\$frontmatter\.view" \/>$/gm)?.length ?? 0
}
