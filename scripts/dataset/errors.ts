import type { Document, LineCounter, Node } from 'yaml'
import { isMap, isPair, isScalar, isSeq } from 'yaml'

export type PathSegment = string | number

/** One problem found in a dataset, before it is tied to a place in the file. */
export interface Issue {
  path: PathSegment[]
  message: string
  /** Point at the key itself rather than its value (unknown keys). */
  atKey?: boolean
}

export interface DatasetError {
  file: string
  line: number
  col: number
  path: string
  message: string
}

/** `aspects[2].cells.django`, the form DATASET.md uses. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((out, seg) => {
    if (typeof seg === 'number')
      return `${out}[${seg}]`
    const key = /^[A-Z_$][\w$-]*$/i.test(seg)
      ? seg
      : JSON.stringify(seg)
    return out
      ? `${out}.${key}`
      : key
  }, '')
}

export function formatError(e: DatasetError): string {
  const where = e.path
    ? `${e.path}: `
    : ''
  return `${e.file}:${e.line}:${e.col}: ${where}${e.message}`
}

/**
 * The deepest node of the document on the path; a missing field is reported
 * where its parent starts, which is where the user has to add it.
 */
function locate(doc: Document, path: readonly PathSegment[], atKey: boolean): Node | undefined {
  let node: unknown = doc.contents
  for (const [i, seg] of path.entries()) {
    const last = i === path.length - 1
    if (isMap(node)) {
      const pair = node.items.find(p => isScalar(p.key)
        ? String(p.key.value) === String(seg)
        : p.key === seg)
      if (!pair)
        break
      node = last && atKey
        ? pair.key
        : (pair.value ?? pair.key)
    }
    else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
      node = node.items[seg]
    }
    else {
      break
    }
  }
  if (isPair(node))
    node = node.key
  return node as Node | undefined
}

export function toDatasetError(issue: Issue, file: string, doc: Document | undefined, lines: LineCounter | undefined): DatasetError {
  const node = doc
    ? locate(doc, issue.path, issue.atKey ?? false)
    : undefined
  const offset = node?.range?.[0] ?? 0
  const pos = lines
    ? lines.linePos(offset)
    : { line: 1, col: 1 }
  return {
    file,
    line: pos.line,
    col: pos.col,
    path: formatPath(issue.path),
    message: issue.message,
  }
}
