import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDataset } from '../scripts/dataset/load.ts'
import { renderDeck } from '../scripts/render/deck.ts'
import { scaffold, subjectId } from '../scripts/scaffold.ts'
import { ROOT, runVersus } from './support/versus.ts'

const NAME = 'test-scaffold'
const TODAY = new Date('2026-11-25')
// Other test files list data/ while this one runs: it writes to a folder of its own.
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'versus-new-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('scaffold', () => {
  it.each([
    [
      ['A', 'B'],
    ],
    [
      ['Go', 'Rust', 'C++'],
    ],
    [
      ['One', 'Two', 'Three', 'Four'],
    ],
  ])('is a valid dataset that renders, for %j', (names) => {
    const yaml = scaffold(names, { today: TODAY })
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json')
    expect(yaml).toContain('checked: 2026-11-25')
    const loaded = parseDataset(yaml, 'new.yaml')
    expect(loaded.ok).toBe(true)
    if (loaded.ok) {
      expect(loaded.dataset.subjects.map(s => s.name)).toEqual(names)
      expect(renderDeck(loaded.dataset, { source: 'new.yaml', exportName: 'new' })).toContain('TODO')
    }
  })

  it('derives unique slug ids from names', () => {
    const taken = new Set<string>()
    expect([
      'Node.js',
      'node js',
      'C++',
      '42',
      'Ünïcode',
    ].map(n => subjectId(n, taken))).toEqual([
      'node-js',
      'node-js-2',
      'c',
      'subject',
      'unicode',
    ])
  })
})

describe('npm run new', () => {
  it('writes <dir>/<name>.yaml pointing at the schema, then refuses to overwrite it', async () => {
    const args = [
      'new',
      NAME,
      'Alpha',
      'Beta',
      '--out',
      dir,
    ]
    const file = join(dir, `${NAME}.yaml`)
    const { code, stdout } = await runVersus(args, ROOT)
    expect(code).toBe(0)
    expect(stdout).toContain(`npm run dev -- --data ${file}`)
    const yaml = await readFile(file, 'utf8')
    expect(parseDataset(yaml, file).ok).toBe(true)
    const schema = /\$schema=(\S+)/.exec(yaml)![1]!
    expect(resolve(dir, schema)).toBe(join(ROOT, 'data', 'schema.json'))
    const again = await runVersus(args, ROOT)
    expect(again.code).toBe(1)
  })

  it.each([
    [
      ['Bad Name', 'A', 'B'],
    ],
    [
      ['ok', 'OnlyOne'],
    ],
    [
      ['ok', 'A', 'B', 'C', 'D', 'E'],
    ],
  ])('exits 2 on bad usage: %j', async (args) => {
    const failed = await runVersus(['new', ...args], ROOT)
    expect(failed.code).toBe(2)
    expect(failed.stderr).toMatch(/^versus new: .+ \(see versus new --help\)\n$/)
  })
})
