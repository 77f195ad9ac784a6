import type { Plugin } from 'vite'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import MagicString from 'magic-string'

// Mermaid ships a self-contained ESM build, already minified and split into
// its own chunks; Slidev's client (modules/mermaid.ts) and setup/diagram.ts
// both import it. Bundled, that is megabytes of JavaScript that every build
// parses, re-chunks and minifies again, a large part of a deck's build, for
// files that come out much the same. The build copies Mermaid's files beside
// its own instead and imports them from there.

/** How Slidev's client and setup/diagram.ts name Mermaid's self-contained build. */
const MERMAID_ESM = /^mermaid\/dist\/mermaid\.esm(?:\.min)?\.mjs$/

/** Stands for the copied entry until a chunk's place in the output is known. */
const PLACEHOLDER = 'versus:prebuilt-mermaid'

/** One file of Mermaid's minified ESM build, as the build writes it. */
export interface MermaidFile {
  /** Path below the copy's folder, with `.js` for `.mjs`. */
  path: string
  code: string
}

/** Relative module specifiers ending in `.mjs`, in string quotes. */
const RELATIVE_MJS = /(["'`])(\.{1,2}\/[\w./-]+)\.mjs\1/g

/**
 * The files of the minified ESM build in `dist` (Mermaid's `dist` folder): the
 * entry and its chunks, named `.js` (every server sends those as JavaScript,
 * which module scripts require; not every one knows `.mjs`), their imports
 * renamed to match, and without the source map comments: the maps stay behind.
 */
export function mermaidFiles(dist: string): MermaidFile[] {
  const chunks = 'chunks/mermaid.esm.min'
  return [
    'mermaid.esm.min.mjs',
    ...readdirSync(join(dist, chunks)).filter(f => f.endsWith('.mjs')).sort().map(f => `${chunks}/${f}`),
  ].map(path => ({
    path: path.replace(/\.mjs$/, '.js'),
    code: readFileSync(join(dist, path), 'utf8')
      .replace(RELATIVE_MJS, '$1$2.js$1')
      .replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'),
  }))
}

/** The specifier a chunk at `from` (a file of the build) imports `to` (another) by. */
export function relativeImport(from: string, to: string): string {
  const path = posix.relative(posix.dirname(from), to)
  return path.startsWith('.')
    ? path
    : `./${path}`
}

/** Build only: Mermaid's self-contained build is copied, not bundled. */
export function prebuiltMermaid(): Plugin {
  let assetsDir = ''
  /** The `dist` folder of the Mermaid the imports resolve to, and the copy's folder in the build. */
  let copy: { dist: string, folder: string } | undefined
  let used = false
  return {
    name: 'versus:prebuilt-mermaid',
    apply: 'build',
    // Before Vite's resolver finds the file in node_modules.
    enforce: 'pre',
    configResolved(config) {
      assetsDir = config.build.assetsDir
    },
    resolveId: {
      filter: { id: MERMAID_ESM },
      async handler(source, importer, options) {
        // The Mermaid the build would have bundled for this importer: Slidev's client may resolve its own.
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
        if (!resolved || resolved.external)
          return null
        const dist = dirname(resolved.id.replace(/[?#].*$/, ''))
        if (!existsSync(join(dist, 'mermaid.esm.min.mjs')) || (copy && copy.dist !== dist))
          return null
        if (!copy) {
          const { version } = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { version: string }
          // The version in the folder's name keeps a browser's cached copy from outliving an upgrade.
          copy = {
            dist,
            folder: posix.join(assetsDir, `mermaid-${version}`),
          }
        }
        return { id: PLACEHOLDER, external: true }
      },
    },
    renderChunk(code, chunk, options) {
      if (!copy || !code.includes(PLACEHOLDER))
        return null
      used = true
      const s = new MagicString(code)
      s.replaceAll(PLACEHOLDER, relativeImport(chunk.fileName, `${copy.folder}/mermaid.esm.min.js`))
      return {
        code: s.toString(),
        map: options.sourcemap
          ? s.generateMap({ hires: 'boundary' })
          : null,
      }
    },
    generateBundle() {
      if (!used || !copy)
        return
      for (const file of mermaidFiles(copy.dist)) {
        this.emitFile({
          type: 'asset',
          fileName: `${copy.folder}/${file.path}`,
          source: file.code,
        })
      }
    },
  }
}
