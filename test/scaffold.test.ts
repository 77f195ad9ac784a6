import { execFile } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { parseDataset } from '../scripts/dataset/load.ts'
import { renderDeck } from '../scripts/render/deck.ts'
import { scaffold, subjectId } from '../scripts/scaffold.ts'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '..')
const NAME = 'test-scaffold-tmp'
const FILE = join(ROOT, 'data', `${NAME}.yaml`)

afterEach(() => rm(FILE, { force: true }))

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
    const yaml = scaffold(names)
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json')
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
  it('writes data/<name>.yaml, then refuses to overwrite it', async () => {
    const { stdout } = await run(process.execPath, [
      'scripts/new.ts',
      NAME,
      'Alpha',
      'Beta',
    ], { cwd: ROOT })
    expect(stdout).toContain(`npm run dev -- --data data/${NAME}.yaml`)
    expect(parseDataset(await readFile(FILE, 'utf8'), FILE).ok).toBe(true)
    const again = await run(process.execPath, [
      'scripts/new.ts',
      NAME,
      'Alpha',
      'Beta',
    ], { cwd: ROOT }).then(() => undefined, (e: { code: number }) => e)
    expect(again?.code).toBe(1)
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
    const failed = await run(process.execPath, ['scripts/new.ts', ...args], { cwd: ROOT }).then(() => undefined, (e: { code: number, stderr: string }) => e)
    expect(failed?.code).toBe(2)
    expect(failed?.stderr).toContain('Usage: npm run new')
  })
})
