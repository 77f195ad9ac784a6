import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterEach, describe, expect, it } from 'vitest'
import { serveStatic } from '../scripts/preview.ts'

describe('serveStatic', () => {
  const nodeEnv = process.env.NODE_ENV
  afterEach(() => {
    if (nodeEnv === undefined)
      delete process.env.NODE_ENV
    else
      process.env.NODE_ENV = nodeEnv
  })

  it.each([
    ['unset', undefined],
    ['test', 'test'],
  ] as const)('serves the built files and leaves NODE_ENV %s for the processes started after it (Vite\'s preview sets it to production)', async (_, value) => {
    if (value === undefined)
      delete process.env.NODE_ENV
    else
      process.env.NODE_ENV = value
    const dir = await mkdtemp(join(tmpdir(), 'versus-preview-'))
    try {
      await writeFile(join(dir, 'index.html'), '<!doctype html><title>built</title>')
      const server = await serveStatic(dir, dir)
      try {
        expect(process.env.NODE_ENV).toBe(value)
        expect(await (await fetch(`${server.url}/`)).text()).toContain('<title>built</title>')
      }
      finally {
        await server.close()
      }
    }
    finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
