import { createRequire } from 'node:module'
import { dirname, join, posix } from 'node:path'
import { parseSync } from 'vite'
import { describe, expect, it } from 'vitest'
import { mermaidFiles, relativeImport } from '../scripts/prebuilt-mermaid.ts'

const dist = join(dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist')

/** Every module a file names, static or dynamic, as the parser the build uses reads it. */
function specifiers(path: string, code: string): string[] {
  const { module } = parseSync(path, code)
  return [
    ...module.staticImports.map(i => i.moduleRequest.value),
    ...module.staticExports.flatMap(e => e.entries.flatMap(x => x.moduleRequest?.value ?? [])),
    ...module.dynamicImports.map(d => code.slice(d.moduleRequest.start, d.moduleRequest.end)),
  ]
}

describe('mermaidFiles', () => {
  const files = mermaidFiles(dist)
  const paths = new Set(files.map(f => f.path))

  it('copies the entry and its chunks, as .js files', () => {
    expect(paths).toContain('mermaid.esm.min.js')
    expect(files.length).toBeGreaterThan(20)
    expect(files.filter(f => !f.path.endsWith('.js'))).toEqual([])
  })

  it('leaves every import among the copies pointing at another copy, and none at a package', () => {
    const broken = files.flatMap(({ path, code }) => specifiers(path, code)
      .map(s => s.replace(/^(["'`])(.*)\1$/, '$2'))
      .filter(s => !s.startsWith('.') || !paths.has(posix.join(posix.dirname(path), s)))
      .map(s => `${path}: ${s}`))
    expect(broken).toEqual([])
    // Reached from the entry: the flowchart, what the generated diagrams use.
    expect([...paths].some(p => /flowDiagram-\w+\.js$/.test(p))).toBe(true)
  })

  it('drops the source map comments, whose maps are not copied', () => {
    expect(files.filter(f => f.code.includes('sourceMappingURL'))).toEqual([])
  })
})

describe('relativeImport', () => {
  it('names the copy from a chunk at any depth of the build', () => {
    expect(relativeImport('assets/MermaidView-1.js', 'assets/mermaid-12.3.0/mermaid.esm.min.js')).toBe('./mermaid-12.3.0/mermaid.esm.min.js')
    expect(relativeImport('assets/slidev/mermaid-1.js', 'assets/mermaid-12.3.0/mermaid.esm.min.js')).toBe('../mermaid-12.3.0/mermaid.esm.min.js')
    expect(relativeImport('index.js', 'assets/mermaid-12.3.0/mermaid.esm.min.js')).toBe('./assets/mermaid-12.3.0/mermaid.esm.min.js')
  })
})
