import type { Dataset } from '../../scripts/dataset/schema.ts'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import addFormats from 'ajv-formats'
import Ajv2020 from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadDataset } from '../../scripts/dataset/load.ts'
import { checkReferences } from '../../scripts/dataset/rules.ts'
import { datasetSchema } from '../../scripts/dataset/schema.ts'

// data/schema.json is what editors check a dataset with. Ajv, a validator
// that is not ours, must accept what the CLI accepts and reject what the
// CLI's schema rejects. Only the cross-references between fields (ids named
// elsewhere), which JSON Schema cannot express, are the CLI's alone.

const ROOT = join(import.meta.dirname, '..', '..')
const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)
const validate = ajv.compile(JSON.parse(await readFile(join(ROOT, 'data', 'schema.json'), 'utf8')) as object)

async function files(dir: string, filter = (name: string) => /\.(?:ya?ml|json)$/.test(name) && name !== 'schema.json'): Promise<string[]> {
  return (await readdir(join(ROOT, dir))).filter(filter).sort().map(name => join(dir, name))
}

const valid = [
  ...await files('data'),
  ...await files('test/fixtures/valid'),
]
const invalid = await files('test/fixtures/invalid')

/** The file as an editor's YAML extension hands it to the schema; undefined if it is not one YAML document. */
async function read(file: string): Promise<unknown> {
  const text = await readFile(join(ROOT, file), 'utf8')
  try {
    return parse(text, { uniqueKeys: true }) ?? undefined
  }
  catch {
    return undefined
  }
}

describe('data/schema.json with Ajv', () => {
  it.each(valid)('accepts %s, as the CLI does', async (file) => {
    expect((await loadDataset(join(ROOT, file))).ok).toBe(true)
    validate(await read(file))
    expect(validate.errors ?? []).toEqual([])
  })

  it.each(invalid)('agrees with the CLI on %s', async (file) => {
    expect((await loadDataset(join(ROOT, file))).ok, 'the CLI rejects it').toBe(false)
    const raw = await read(file)
    if (raw === undefined)
      return // Not YAML: the editor reports the syntax before any schema is applied.
    const structural = !datasetSchema.safeParse(raw).success
    expect(validate(raw), 'Ajv rejects exactly what the CLI\'s schema rejects').toBe(!structural)
    if (!structural)
      expect(checkReferences(raw), 'a file the schema accepts fails on cross-references').not.toEqual([])
  })

  it('has invalid fixtures of both kinds', async () => {
    const kinds = await Promise.all(invalid.map(async file => datasetSchema.safeParse(await read(file)).success))
    expect(kinds.filter(Boolean).length).toBeGreaterThan(5)
    expect(kinds.filter(k => !k).length).toBeGreaterThan(10)
  })
})

describe('every patterned field, Ajv against the CLI\'s schema', () => {
  const base = (): Dataset => ({
    title: 'T',
    subjects: [
      {
        id: 'a',
        name: 'A',
        tagline: 'x',
        color: '#123456',
        homepage: 'https://a.example',
        architecture: {
          title: 'Arch',
          nodes: [
            { id: 'N1', label: 'n' },
          ],
        },
      },
      { id: 'b', name: 'B', tagline: 'y' },
    ],
    aspects: [
      {
        id: 's',
        title: 'S',
        cells: { a: '1', b: '2' },
      },
    ],
    sources: [
      {
        id: 'src',
        title: 'Src',
        url: 'https://s.example',
        checked: '2026-01-31',
      },
    ],
  })
  const fields: Array<[string, (d: Dataset, v: string) => void, fc.Arbitrary<string>]> = [
    [
      'subject colour',
      (d, v) => (d.subjects[0]!.color = v),
      // eslint-disable-next-line regexp/use-ignore-case -- fast-check refuses flags
      fc.oneof(fc.stringMatching(/^#[\dA-Fa-f]{3,7}$/), fc.string()),
    ],
    [
      'subject id',
      (d, v) => (d.subjects[1]!.id = v),
      fc.oneof(fc.stringMatching(/^[\w-]{1,6}$/), fc.string()),
    ],
    [
      'node id',
      (d, v) => (d.subjects[0]!.architecture!.nodes[0]!.id = v),
      fc.oneof(fc.stringMatching(/^[\w-]{1,6}$/), fc.string()),
    ],
    [
      'title text',
      (d, v) => (d.title = v),
      fc.oneof(fc.stringMatching(/^\s{0,3}\S?\s{0,3}$/), fc.string()),
    ],
    [
      'checked date',
      (d, v) => (d.sources![0]!.checked = v),
      fc.oneof(fc.stringMatching(/^\d{4}-[01]\d-[0-3]\d$/), fc.string()),
    ],
    [
      'source URL',
      (d, v) => (d.sources![0]!.url = v),
      fc.oneof(fc.stringMatching(/^(?:[Hh][Tt]{2}[Pp][Ss]?|ftp):\/\/[a-z.]{1,8}(?:\/\w{0,4})?$/), fc.constantFrom('http://', 'https://a b', 'HTTPS://EXAMPLE.ORG/x', 'javascript:alert(1)', 'https://a.org/ü')),
    ],
  ]

  it.each(fields)('%s', (_, set, values) => {
    fc.assert(fc.property(values, (value) => {
      const data = base()
      set(data, value)
      expect(validate(data), JSON.stringify(value)).toBe(datasetSchema.safeParse(data).success)
    }), { numRuns: 300 })
  })
})
