import { access, mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { inject } from 'vitest'
import { oneAtATime } from './one-at-a-time.ts'

/**
 * The folder `make` fills, made once per test run however many suites (in
 * however many workers) ask: the first one makes it, the others wait for it.
 * Suites only read what is in it.
 */
export async function sharedOnce(name: string, make: (dir: string) => Promise<unknown>): Promise<string> {
  const root = inject('sharedDir')
  const dir = join(root, name)
  const done = join(root, `${name}.done`)
  await oneAtATime(async () => {
    if (await access(done).then(() => true, () => false))
      return
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir)
    await make(dir)
    await writeFile(done, '')
  }, join(root, `${name}.lock`))
  return dir
}
