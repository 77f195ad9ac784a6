import { mkdir } from 'node:fs/promises'
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path'
import process from 'node:process'
import { EXPORTS_DIR } from '../paths.ts'

// What every export shares: the formats, how their files are named, where
// they go, and the browser that draws them.

export const FORMATS = [
  'pdf',
  'clicks',
  'png',
  'pptx',
  'handout',
  'notes',
] as const
export type ExportFormat = typeof FORMATS[number]

/** What each format adds to the deck's export name: a file, or a folder of PNGs. */
const SUFFIX: Record<ExportFormat, string> = {
  pdf: '.pdf',
  clicks: '-clicks.pdf',
  png: '-png',
  pptx: '.pptx',
  handout: '-handout.pdf',
  notes: '-notes.pdf',
}

/**
 * Where an export goes unless told: the headmatter's `exportFilename` (the
 * generator names it after the dataset, relative to the working directory, as
 * Slidev reads it), else `exports/<deck name>`, plus the format's suffix.
 */
export function exportPath(entry: string, exportFilename: unknown, format: ExportFormat): string {
  const base = typeof exportFilename === 'string' && exportFilename.trim()
    ? exportFilename.trim()
    : `${EXPORTS_DIR}/${basename(entry, '.md')}`
  return `${base}${SUFFIX[format]}`
}

/** `.pdf` or `.pptx`; undefined for a folder (png). */
export function extensionOf(format: ExportFormat): string | undefined {
  return /\.\w+$/.exec(SUFFIX[format])?.[0]
}

/**
 * A chosen output path with its format's extension: added when missing, as
 * Slidev does; undefined when it names another kind of file (handout.txt).
 */
export function withExtension(output: string, format: ExportFormat): string | undefined {
  const extension = extensionOf(format)
  if (!extension)
    return output
  if (output.toLowerCase().endsWith(extension))
    return output
  return /\.[a-z]\w*$/i.test(basename(output))
    ? undefined
    : `${output}${extension}`
}

/** Resolves the output path and creates its folder. */
export async function prepareOutput(output: string): Promise<string> {
  const path = resolve(output)
  await mkdir(dirname(path), { recursive: true })
  return path
}

/** The path relative to the working directory when it lies inside it, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel)
    ? rel
    : path
}
