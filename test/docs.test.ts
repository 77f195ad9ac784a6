import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { datasetSchema } from '../scripts/dataset/schema.ts'
import { en, MESSAGE_KEYS } from '../scripts/render/locale/index.ts'

const ROOT = join(import.meta.dirname, '..')

/** Every property name anywhere in a JSON Schema. */
function propertyNames(schema: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) {
    schema.forEach(s => propertyNames(s, names))
  }
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && value && typeof value === 'object')
        Object.keys(value).forEach(name => names.add(name))
      propertyNames(value, names)
    }
  }
  return names
}

describe('docs', () => {
  it('the format doc names every field the schema has', async () => {
    const doc = await readFile(join(ROOT, 'docs', 'dataset-format.md'), 'utf8')
    const fields = propertyNames(z.toJSONSchema(datasetSchema, { io: 'input' }))
    expect(fields.size).toBeGreaterThan(20)
    const missing = [...fields].filter(name => !doc.includes(`\`${name}\``))
    expect(missing).toEqual([])
  })

  it('the format doc lists every key of `strings` with its English text', async () => {
    const doc = await readFile(join(ROOT, 'docs', 'dataset-format.md'), 'utf8')
    const rows = new Map([
      ...doc.matchAll(/^\| `(\w+)` \| (.*) \|$/gm),
    ].map(m => [m[1]!, m[2]!]))
    const shown = (text: string) => /^\s|\s$/.test(text)
      ? `\`"${text}"\``
      : text.replace(/\|/g, '\\|')
    expect(MESSAGE_KEYS.filter(key => rows.get(key) !== shown(en[key]))).toEqual([])
  })

  it('the README documents every npm script', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    const missing = Object.keys(pkg.scripts).filter(name => !readme.includes(`\`${name}\``) && !readme.includes(`npm run ${name}`))
    expect(missing).toEqual([])
  })
})
