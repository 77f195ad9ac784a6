import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cachedHighlight } from '../scripts/highlight-cache.ts'
import { loadHighlight } from '../scripts/render/highlight.ts'

const TS = { code: 'const answer: number = 42\nexport default answer\n', language: 'ts' }
const PY = { code: 'def answer():\n    return 42\n', language: 'python' }

describe('cachedHighlight', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'versus-highlight-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('colours code as Shiki does, and keeps one file per piece of code', async () => {
    const shiki = await loadHighlight(['ts', 'python'])
    const first = await cachedHighlight([
      TS,
      PY,
      { ...TS },
    ], dir)
    expect(first(TS.code, 'ts')).toEqual(shiki(TS.code, 'ts'))
    expect(first(PY.code, 'python')).toEqual(shiki(PY.code, 'python'))
    expect((await readdir(dir)).filter(f => f.endsWith('.json'))).toHaveLength(2)
    const again = await cachedHighlight([TS, PY], dir)
    expect(again(TS.code, 'ts')).toEqual(shiki(TS.code, 'ts'))
    expect(again(PY.code, 'python')).toEqual(shiki(PY.code, 'python'))
  })

  it('reads what the cache holds, and colours again what it cannot read', async () => {
    await cachedHighlight([TS, PY], dir)
    const files = await readdir(dir)
    const texts = await Promise.all(files.map(f => readFile(join(dir, f), 'utf8')))
    const pyFile = files[texts.findIndex(t => t.includes('"def"'))]!
    const tsFile = files.find(f => f !== pyFile)!
    const kept = [
      [
        { t: 'from the cache' },
      ],
    ]
    await writeFile(join(dir, tsFile), JSON.stringify(kept))
    await writeFile(join(dir, pyFile), '{ half a fi')
    const highlight = await cachedHighlight([TS, PY], dir)
    expect(highlight(TS.code, 'ts')).toEqual(kept)
    expect(highlight(PY.code, 'python')).toEqual((await loadHighlight(['python']))(PY.code, 'python'))
    expect(JSON.parse(await readFile(join(dir, pyFile), 'utf8'))).toEqual(highlight(PY.code, 'python'))
  })

  it('tells the same code in another language apart, and refuses code it was not given', async () => {
    const highlight = await cachedHighlight([
      TS,
      { ...TS, language: 'js' },
    ], dir)
    expect(await readdir(dir)).toHaveLength(2)
    expect(() => highlight(PY.code, 'python')).toThrow(/python code/)
  })

  it('still gives the colours when the cache cannot be written', async () => {
    const file = join(dir, 'not-a-folder')
    await writeFile(file, '')
    const highlight = await cachedHighlight([PY], file)
    expect(highlight(PY.code, 'python')).toEqual((await loadHighlight(['python']))(PY.code, 'python'))
  })

  it('lets a generate run whose code is cached load no Shiki module', async () => {
    const root = join(import.meta.dirname, '..')
    const generate = join(root, 'scripts', 'generate.ts')
    const data = join(root, 'data', 'node-vs-django.yaml')
    // Once to fill the cache, then count what a second process resolves.
    const script = `
      import { registerHooks } from 'node:module'
      const loaded = []
      registerHooks({ resolve: (specifier, context, next) => { const r = next(specifier, context); loaded.push(r.url); return r } })
      const { generate } = await import(${JSON.stringify(generate)})
      const result = await generate({ data: ${JSON.stringify(data)}, out: ${JSON.stringify(join(dir, 'deck.md'))}, highlightCache: ${JSON.stringify(join(dir, 'cache'))} })
      console.log(JSON.stringify({ status: result.status, shiki: loaded.filter(u => /\\/node_modules\\/(shiki|@shikijs)\\//.test(u)) }))
    `
    const run = async () => JSON.parse((await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: root })).stdout) as { status: string, shiki: string[] }
    const first = await run()
    expect(first.status).toBe('written')
    expect(first.shiki.some(u => u.includes('/engine-oniguruma/'))).toBe(true)
    const second = await run()
    expect(second.status).toBe('unchanged')
    // The dataset's rules read the list of Shiki's languages, and that alone.
    expect(second.shiki.every(u => /\/shiki\/dist\/langs[^/]*\.mjs$/.test(u))).toBe(true)
  }, 60_000)
})
