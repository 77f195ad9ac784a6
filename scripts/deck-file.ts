import type { SlidevData } from '@slidev/types'
import { dirname, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

/**
 * A deck as Slidev loads it: slides imported with `src:` included, in the
 * order they show. Throws on what Slidev would report as an error (a missing
 * import, say).
 */
export async function loadDeckFile(entry: string): Promise<Pick<SlidevData, 'slides' | 'headmatter'>> {
  const file = resolve(entry)
  const root = dirname(file)
  const data = await load({
    userRoot: root,
    roots: [root],
  }, file)
  const errors = Object.values(data.markdownFiles).flatMap(m => m.errors ?? [])
  if (errors.length)
    throw new Error(`${entry}: ${errors.map(e => `line ${e.row + 1}: ${e.message}`).join('; ')}`)
  return data
}
