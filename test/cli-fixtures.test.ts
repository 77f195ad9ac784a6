import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../scripts/dataset/load.ts'
import { ROOT, runVersus } from './support/versus.ts'

// Every invalid fixture through `versus generate` (in-process: the bin's own exit
// codes and streams are test/cli/versus.test.ts's part): exit 1, one
// `file:line:col: path: message` line per error (the same lines the loader
// reports), and the previous deck untouched.

const DIR = join(ROOT, 'test', 'fixtures', 'invalid')
const PREVIOUS = '---\n# a deck from an earlier, valid run\n---\n'
let tmp: string

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'versus-fixtures-'))
})
afterAll(() => rm(tmp, { recursive: true, force: true }))

describe('npm run generate on each invalid fixture', async () => {
  const fixtures = (await readdir(DIR)).sort()
  it('has a fixture per rule', () => {
    expect(fixtures.length).toBeGreaterThan(30)
  })

  it.concurrent.each(fixtures)('%s: exit 1, every error located, output untouched', async (name) => {
    const file = join('test', 'fixtures', 'invalid', name)
    const out = join(tmp, `${name}.md`)
    await writeFile(out, PREVIOUS)
    const failed = await runVersus([
      'generate',
      '--data',
      file,
      '--out',
      out,
    ], ROOT)
    expect(failed.code).toBe(1)
    const loaded = await loadDataset(join(ROOT, file))
    expect(loaded.ok).toBe(false)
    const lines = failed.stderr.trim().split('\n').slice(0, -1)
    expect(lines.length).toBe(loaded.ok ? 0 : loaded.errors.length)
    for (const line of lines)
      expect(line).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: `))
    expect(await readFile(out, 'utf8')).toBe(PREVIOUS)
  }, 30_000)
})
