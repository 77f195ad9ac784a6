import { writeFile } from 'node:fs/promises'
import process from 'node:process'
import { z } from 'zod'
import { datasetSchema } from './dataset/schema.ts'

/** The JSON Schema editors use for completion and checks (`# yaml-language-server: $schema=`). */
export function datasetJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(datasetSchema, { io: 'input', target: 'draft-2020-12' }), null, 2)}\n`
}

if (import.meta.main) {
  const out = process.argv[2] ?? 'data/schema.json'
  await writeFile(out, datasetJsonSchema())
  console.log(`${out}: JSON Schema for datasets written.`)
}
