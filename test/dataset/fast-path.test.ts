import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDataset, parseDatasetWithPositions } from '../../scripts/dataset/load.ts'

// The fast reader for valid files must read exactly what the thorough one reads.

const ROOT = join(import.meta.dirname, '..', '..')
const files = [
  ...(await readdir(join(ROOT, 'data'))).filter(f => f.endsWith('.yaml')).map(f => join('data', f)),
  ...(await readdir(join(ROOT, 'test', 'fixtures', 'valid'))).map(f => join('test', 'fixtures', 'valid', f)),
]

describe('parseDataset fast path', () => {
  it.each(files)('%s reads the same both ways', async (file) => {
    const text = await readFile(join(ROOT, file), 'utf8')
    const thorough = parseDatasetWithPositions(text, file)
    expect(thorough.ok).toBe(true)
    expect(parseDataset(text, file)).toEqual(thorough)
  })
})

// Plain scalars that YAML readers resolve differently: js-yaml's own core
// schema reads several of these as numbers where `yaml` keeps a string.
const LITERALS = [
  '0b11',
  '0o3',
  '0O3',
  '0x3',
  '0X3',
  '1_0',
  '+3',
  '-0',
  '03',
  '3',
  '5',
  '+5',
  '3.0',
  '3.',
  '.5',
  '3e0',
  '3E+0',
  '.inf',
  '-.Inf',
  '.NaN',
  'NaN',
  'null',
  'Null',
  'NULL',
  '~',
  'nULL',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'yes',
  'no',
  'on',
  'off',
  'y',
  '2026-01-01',
  '1:20',
  '0x',
  '0o',
  '+0x3',
  '-0o3',
  '0o8',
  '0003',
  '3_',
  '1',
  '2',
  '4',
]

describe('the fast and the thorough reader', () => {
  it('read the same from any file of such literals, whether it is valid or not', () => {
    const literal = fc.constantFrom(...LITERALS)
    // Mostly what a valid file holds, so that both outcomes are common.
    const mostly = (usual: fc.Arbitrary<string>) => fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: literal, weight: 1 })
    const text = mostly(fc.constantFrom('Alpha', 'fast', 'a b'))
    const file = fc.record({
      version: mostly(fc.constant('1')),
      title: text,
      names: fc.tuple(text, text),
      aspects: fc.array(fc.record({
        title: text,
        cells: fc.tuple(text, text),
        scores: fc.tuple(mostly(fc.constantFrom('1', '3', '5')), mostly(fc.constantFrom('2', '4'))),
      }), { minLength: 1, maxLength: 4 }),
    }).map(d => [
      `version: ${d.version}`,
      `title: ${d.title}`,
      'subjects:',
      ...d.names.flatMap((name, i) => [`  - id: s${i}`, `    name: ${name}`, `    tagline: ${name}`]),
      'aspects:',
      ...d.aspects.flatMap((a, i) => [
        `  - id: a${i}`,
        `    title: ${a.title}`,
        '    cells:',
        ...a.cells.map((cell, s) => `      s${s}: ${cell}`),
        '    scores:',
        ...a.scores.map((score, s) => `      s${s}: ${score}`),
      ]),
      '',
    ].join('\n'))
    let valid = 0
    fc.assert(fc.property(file, (yaml) => {
      const thorough = parseDatasetWithPositions(yaml, 'x.yaml')
      valid += thorough.ok ? 1 : 0
      expect(parseDataset(yaml, 'x.yaml')).toEqual(thorough)
    }), { numRuns: 2000 })
    expect(valid, 'some generated files are valid').toBeGreaterThan(20)
  })
})
