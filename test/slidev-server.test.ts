import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { slidevEnv } from '../scripts/slidev-server.ts'

// What Node itself makes of the environment a Slidev process gets: the folder
// its compile cache is in, as the child reports it, and what it wrote there.
const REPORT = 'import("node:module").then(m => console.log(m.getCompileCacheDir() ?? "off"))'

async function childCacheDir(env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', REPORT], { env })
  return stdout.trim()
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'versus-compile-cache-'))
  vi.stubEnv('NODE_COMPILE_CACHE', undefined)
  vi.stubEnv('NODE_DISABLE_COMPILE_CACHE', undefined)
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(dir, { recursive: true, force: true })
})

describe('slidevEnv', () => {
  it('turns Node\'s compile cache on for Slidev, in Node\'s default folder', async () => {
    const cache = await childCacheDir(slidevEnv())
    expect(cache.startsWith(join(tmpdir(), 'node-compile-cache'))).toBe(true)
  })

  it('keeps a cache folder the user chose, and Node caches there', async () => {
    vi.stubEnv('NODE_COMPILE_CACHE', dir)
    const cache = await childCacheDir(slidevEnv())
    expect(cache.startsWith(dir)).toBe(true)
    expect((await readdir(cache)).length).toBeGreaterThan(0)
  })

  it('leaves the cache off when the user turned it off', async () => {
    vi.stubEnv('NODE_DISABLE_COMPILE_CACHE', '1')
    expect(await childCacheDir(slidevEnv())).toBe('off')
  })

  it('adds the variables it is given on top', () => {
    expect(slidevEnv({ CI: 'true' }).CI).toBe('true')
  })
})
