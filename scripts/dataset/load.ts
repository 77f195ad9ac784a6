import type { z } from 'zod'
import type { DatasetError, Issue } from './errors.ts'
import type { Dataset } from './schema.ts'
import { readFile, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { load as loadYaml } from 'js-yaml'
import { LineCounter, parseDocument } from 'yaml'
import { toDatasetError } from './errors.ts'
import { checkReferences } from './rules.ts'
import { datasetSchema } from './schema.ts'
import { YAML_CORE_SCHEMA } from './yaml-core.ts'

/** Far above any real deck (the benchmark's 10,000-aspect dataset is ~10 MB), low enough to refuse junk without reading it. */
export const MAX_DATASET_BYTES = 16 * 1024 * 1024

export type LoadResult
  = | { ok: true, dataset: Dataset }
    | { ok: false, errors: DatasetError[] }

function describe(value: unknown): string {
  if (value === null)
    return 'null'
  return Array.isArray(value)
    ? 'array'
    : typeof value
}

function fromZod(issue: z.core.$ZodIssue): Issue[] {
  const path = issue.path.filter((seg): seg is string | number => typeof seg !== 'symbol')
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map(key => ({
      path: [...path, key],
      message: `unknown field "${key}"`,
      atKey: true,
    }))
  }
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) {
      return [
        { path, message: 'required' },
      ]
    }
    if (issue.message.startsWith('Invalid input')) {
      return [
        { path, message: `expected ${issue.expected}, got ${describe(issue.input)}` },
      ]
    }
  }
  return [
    { path, message: issue.message },
  ]
}

/** Anchors and aliases: left to the `yaml` library, which bounds their expansion. */
const ALIASES = /(?:^|[\s:[{,-])[&*]\S/m

/**
 * Most files are valid, and a valid file needs no positions: js-yaml reads it
 * about ten times faster than the position-tracking parser, which then runs
 * only to place the errors of an invalid file.
 */
function fastPath(text: string): Dataset | undefined {
  if (ALIASES.test(text))
    return undefined
  let raw: unknown
  try {
    raw = loadYaml(text, { schema: YAML_CORE_SCHEMA })
  }
  catch {
    return undefined
  }
  const parsed = datasetSchema.safeParse(raw)
  return parsed.success && checkReferences(raw).length === 0
    ? parsed.data
    : undefined
}

/** Validates text already read; `file` is only used in messages. */
export function parseDataset(text: string, file: string): LoadResult {
  const fast = fastPath(text)
  return fast
    ? { ok: true, dataset: fast }
    : parseDatasetWithPositions(text, file)
}

/** The thorough path: every error of the file, each with its line and column. */
export function parseDatasetWithPositions(text: string, file: string): LoadResult {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  if (doc.errors.length) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0])
        return {
          file,
          line: pos.line,
          col: pos.col,
          path: '',
          message: e.message.split('\n')[0] ?? 'invalid YAML',
        }
      }),
    }
  }
  let raw: unknown
  try {
    raw = doc.toJS({ maxAliasCount: 100 })
  }
  catch (error) {
    return fileError(file, `cannot read the YAML: ${(error as Error).message}`)
  }
  if (raw === null || raw === undefined) {
    return fileError(file, 'the file is empty: a dataset needs at least title, subjects and aspects')
  }

  const parsed = datasetSchema.safeParse(raw, { reportInput: true })
  const issues = [
    ...(parsed.success
      ? []
      : parsed.error.issues.flatMap(fromZod)),
    ...checkReferences(raw),
  ]
  if (parsed.success && issues.length === 0)
    return { ok: true, dataset: parsed.data }
  const errors = issues
    .map(issue => toDatasetError(issue, file, doc, lineCounter))
    .sort((a, b) => a.line - b.line || a.col - b.col)
  return { ok: false, errors }
}

function fileError(file: string, message: string): LoadResult {
  return {
    ok: false,
    errors: [
      {
        file,
        line: 1,
        col: 1,
        path: '',
        message,
      },
    ],
  }
}

export async function loadDataset(file: string): Promise<LoadResult> {
  let size: number
  try {
    const info = await stat(file)
    if (info.isDirectory())
      return fileError(file, 'is a directory, not a dataset file')
    size = info.size
  }
  catch {
    return fileError(file, 'no such file')
  }
  if (size > MAX_DATASET_BYTES)
    return fileError(file, `is ${(size / 1024 / 1024).toFixed(1)} MB; a dataset may be at most ${MAX_DATASET_BYTES / 1024 / 1024} MB`)
  const bytes = await readFile(file)
  if (bytes.includes(0))
    return fileError(file, 'is a binary file, not YAML or JSON text')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  }
  catch {
    return fileError(file, 'is not valid UTF-8 text')
  }
  const result = parseDataset(text, file)
  const logo = result.ok ? result.dataset.brand?.logo : undefined
  if (logo && !await isFile(resolve(dirname(file), logo))) {
    return issueAt(text, file, {
      path: ['brand', 'logo'],
      message: `no such image: ${logo} (a path relative to the dataset's folder)`,
    })
  }
  return result
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(s => s.isFile(), () => false)
}

/** One problem found after the file validated, placed in it. */
function issueAt(text: string, file: string, issue: Issue): LoadResult {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  return {
    ok: false,
    errors: [
      toDatasetError(issue, file, doc, lineCounter),
    ],
  }
}
