import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
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
