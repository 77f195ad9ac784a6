import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { formatError } from '../../scripts/dataset/errors.ts'
import { loadDataset } from '../../scripts/dataset/load.ts'
import { datasetSchema, NODE_ID, SLUG } from '../../scripts/dataset/schema.ts'
import { datasetJsonSchema } from '../../scripts/schema-json.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const realDataset = `${root}data/node-vs-django.yaml`

interface JsonSchema {
  type?: string
  properties?: Record<string, JsonSchema>
  additionalProperties?: unknown
  required?: string[]
  items?: JsonSchema
}

/** Every property path a JSON Schema allows, arrays written as `[]`. */
function schemaPaths(schema: JsonSchema, prefix = ''): string[] {
  if (schema.items)
    return schemaPaths(schema.items, `${prefix}[]`)
  return Object.entries(schema.properties ?? {}).flatMap(([key, sub]) => {
    const path = prefix
      ? `${prefix}.${key}`
      : key
    return [
      path,
      ...schemaPaths(sub, path),
    ]
  })
}

/** Every property path present in a value; record keys (subject ids, aspect ids) become `*`. */
function valuePaths(value: unknown, prefix = '', records = new Set([
  'cells',
  'details',
  'scores',
  'weights',
])): Set<string> {
  const out = new Set<string>()
  if (Array.isArray(value)) {
    for (const item of value)
      valuePaths(item, `${prefix}[]`, records).forEach(p => out.add(p))
  }
  else if (typeof value === 'object' && value !== null) {
    for (const [key, sub] of Object.entries(value)) {
      const last = prefix.split('.').at(-1) ?? ''
      const path = records.has(last)
        ? `${prefix}.*`
        : prefix
          ? `${prefix}.${key}`
          : key
      if (!records.has(last))
        out.add(path)
      valuePaths(sub, path, records).forEach(p => out.add(p))
    }
  }
  return out
}

describe('the JSON Schema', () => {
  it('data/schema.json is what `npm run schema` generates now (committed file up to date)', async () => {
    expect(await readFile(`${root}data/schema.json`, 'utf8')).toBe(datasetJsonSchema())
  })

  it('rejects unknown keys and requires title, subjects and aspects at the top level', () => {
    const schema = JSON.parse(datasetJsonSchema()) as JsonSchema
    expect(schema.additionalProperties).toBe(false)
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'subjects', 'aspects']))
    expect(schema.required).not.toContain('version')
  })

  it('rejects unknown keys in every object it describes', () => {
    const open: string[] = []
    const walk = (s: JsonSchema, path: string) => {
      if (s.items)
        return walk(s.items, `${path}[]`)
      if (s.type === 'object' && s.properties && s.additionalProperties !== false)
        open.push(path || '(top)')
      for (const [k, sub] of Object.entries(s.properties ?? {})) {
        walk(sub, path
          ? `${path}.${k}`
          : k)
      }
    }
    walk(JSON.parse(datasetJsonSchema()) as JsonSchema, '')
    expect(open).toEqual([])
  })
})

describe('the real dataset', () => {
  it('starts with the yaml-language-server line pointing at the schema', async () => {
    const first = (await readFile(realDataset, 'utf8')).split('\n')[0]
    expect(first).toBe('# yaml-language-server: $schema=./schema.json')
  })

  it('validates', async () => {
    const result = await loadDataset(realDataset)
    expect(result.ok
      ? []
      : result.errors.map(formatError)).toEqual([])
  })
})

describe('the fixtures', () => {
  it('full-3.yaml uses every field the format has (so the render tests see them all)', async () => {
    // `brand` names a logo file beside its dataset, which the tests that copy full-3.yaml elsewhere
    // would lose: test/brand.test.ts and the talk in test/browser/talk.test.ts cover it.
    const schemaFields = schemaPaths(JSON.parse(datasetJsonSchema()) as JsonSchema)
      // Maps whose values are all alike: one entry stands for every key (strings: one message for all).
      .filter(p => !/\.(?:cells|details|scores|weights)\.|^strings\./.test(p) && !/^brand(?:\.|$)/.test(p))
    const used = valuePaths(parse(await readFile(`${root}test/fixtures/valid/full-3.yaml`, 'utf8')))
    expect(schemaFields.filter(p => !used.has(p))).toEqual([])
    expect(schemaFields.length).toBeGreaterThan(40)
  })
})

describe('the zod schema', () => {
  it('sLUG and NODE_ID match DATASET.md', () => {
    expect(['node', 'a', 'a-1', 'node-vs-django'].every(s => SLUG.test(s))).toBe(true)
    expect(['Node', '1a', '-a', 'a_b', 'a b', ''].some(s => SLUG.test(s))).toBe(false)
    expect(['timers', 'nextTick', 'A_1'].every(s => NODE_ID.test(s))).toBe(true)
    expect(['_a', '1a', 'a-b', 'a b', ''].some(s => NODE_ID.test(s))).toBe(false)
  })

  it('trims text fields', () => {
    const result = datasetSchema.safeParse({
      title: '  Padded  ',
      subjects: [
        { id: 'a', name: 'A', tagline: 'x' },
        { id: 'b', name: 'B', tagline: 'y' },
      ],
      aspects: [
        {
          id: 's',
          title: 'S',
          cells: { a: '1', b: '2' },
        },
      ],
    })
    expect(result.success && result.data.title).toBe('Padded')
  })
})
