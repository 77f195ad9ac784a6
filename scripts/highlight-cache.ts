import type { CodeToken, Highlight, Snippet } from './render/highlight.ts'
import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { findPackageJSON } from 'node:module'
import { join } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { versusCache } from './cache-dir.ts'
import { writeAtomically } from './fs.ts'
import { loadHighlight, normalize, THEMES } from './render/highlight.ts'

// Shiki takes about 0.4 s of CPU before it colours the first line (loading,
// the highlighter, compiling the grammars' expressions), and it does so in
// every `versus generate` and in the live-data worker as the deck opens,
// though a deck's code rarely changes. The colours of each piece of code are
// kept on disk, so a deck whose code is unchanged loads no Shiki at all.

/** Bump when the tokens written for the same code change shape. */
const FORMAT = 1

/** What the colours depend on besides the code: Shiki's and its tokenizer's versions. */
async function versions(): Promise<string[]> {
  const shiki = findPackageJSON('shiki', import.meta.url)!
  const files = [
    shiki,
    findPackageJSON('@shikijs/vscode-textmate', pathToFileURL(shiki))!,
  ]
  return Promise.all(files.map(async f => (JSON.parse(await readFile(f, 'utf8')) as { version: string }).version))
}

/** Read once per process: the live-data worker generates on every save. */
let salt: Promise<string> | undefined

function isTokens(value: unknown): value is CodeToken[][] {
  return Array.isArray(value) && value.every(line => Array.isArray(line) && line.every(t => typeof t === 'object' && t !== null && typeof t.t === 'string'))
}

async function readTokens(file: string): Promise<CodeToken[][] | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'))
    return isTokens(value)
      ? value
      : undefined
  }
  catch {
    return undefined
  }
}

/**
 * Colours `snippets` as loadHighlight does, from the cache in `dir` where it
 * holds them, with Shiki for the rest (written back). The result knows only
 * these snippets.
 */
export async function cachedHighlight(snippets: readonly Snippet[], dir = versusCache('highlight')): Promise<Highlight> {
  salt ??= versions().then(v => JSON.stringify([FORMAT, v, THEMES]))
  const prefix = await salt
  const keyOf = (code: string, language: string) => createHash('sha256').update(JSON.stringify([
    prefix,
    language,
    normalize(code),
  ])).digest('hex')
  const fileOf = (key: string) => join(dir, `${key}.json`)
  const tokens = new Map<string, CodeToken[][]>()
  const misses = new Map<string, Snippet>()
  await Promise.all(snippets.map(async (s) => {
    const key = keyOf(s.code, s.language)
    const found = await readTokens(fileOf(key))
    if (found)
      tokens.set(key, found)
    else
      misses.set(key, s)
  }))
  if (misses.size) {
    const highlight = await loadHighlight([
      ...misses.values(),
    ].map(s => s.language))
    // A cache that cannot be written costs time, not the deck.
    const written = mkdir(dir, { recursive: true })
    await Promise.all([...misses].map(async ([key, s]) => {
      const lines = highlight(s.code, s.language)
      tokens.set(key, lines)
      await written.then(() => writeAtomically(fileOf(key), JSON.stringify(lines), process.pid)).catch(() => {})
    }))
  }
  return (code, language) => {
    const lines = tokens.get(keyOf(code, language))
    if (!lines)
      throw new Error(`no colours for this ${language} code: it was not among the snippets given to cachedHighlight`)
    return lines
  }
}
