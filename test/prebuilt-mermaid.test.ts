import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, posix } from 'node:path'
import process from 'node:process'
import { build, parseSync } from 'vite'
import { describe, expect, it } from 'vitest'
import { mermaidFiles, prebuiltMermaid, relativeImport } from '../scripts/prebuilt-mermaid.ts'

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

describe('prebuiltMermaid in a Vite build', () => {
  it('imports the copy from a chunk in a nested folder, and bundles none of Mermaid', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'versus-prebuilt-mermaid-'))
    // Vite's build may set NODE_ENV for the process, which the worker's other files share.
    const nodeEnv = process.env.NODE_ENV
    try {
      await build({
        root: join(import.meta.dirname, 'fixtures', 'prebuilt-mermaid'),
        configFile: false,
        logLevel: 'silent',
        plugins: [
          prebuiltMermaid(),
        ],
        build: {
          outDir,
          rolldownOptions: {
            output: { chunkFileNames: 'assets/deep/[name].js' },
          },
        },
      })
      const chunk = await readFile(join(outDir, 'assets', 'deep', 'diagram.js'), 'utf8')
      const [imported] = specifiers('diagram.js', chunk)
      expect(imported).toMatch(/^\.\.\/mermaid-\d[\w.-]*\/mermaid\.esm\.min\.js$/)
      expect(existsSync(join(outDir, 'assets', 'deep', imported!))).toBe(true)
      expect(chunk).not.toContain('registerExternalDiagrams')
    }
    finally {
      if (nodeEnv === undefined)
        delete process.env.NODE_ENV
      else
        process.env.NODE_ENV = nodeEnv
      await rm(outDir, { recursive: true, force: true })
    }
  })
})
