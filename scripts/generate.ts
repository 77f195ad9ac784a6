import type { DatasetError } from './dataset/errors.ts'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, extname, relative } from 'node:path'
import process from 'node:process'
import { loadDataset } from './dataset/load.ts'
import { renderDeck } from './render/deck.ts'
import { exampleLanguages } from './render/examples.ts'
import { loadHighlight } from './render/highlight.ts'

export interface GenerateOptions {
  data: string
  out: string
  /** Compare only: report whether `out` is what the data renders to. */
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

export async function generate({ data, out, check = false, locale }: GenerateOptions): Promise<GenerateResult> {
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
  const markdown = renderDeck(dataset, {
    source: shown,
    exportName: basename(data, extname(data)),
    highlight: await loadHighlight(exampleLanguages(dataset)),
  })
  const slides = markdown.match(/^<[A-Z]\w+ v-bind="\$frontmatter\.view" \/>$/gm)?.length ?? 0
  const current = await readIfExists(out)
  if (check) {
    return current === markdown
      ? { status: 'up-to-date', slides }
      : { status: 'stale' }
  }
  if (current === markdown)
    return { status: 'unchanged', slides }
  await writeAtomically(out, markdown)
  return { status: 'written', slides }
}
