import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { findChromium } from '../scripts/browser.ts'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '..')

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when it names an executable', async () => {
    const found = await findChromium({ ...process.env })
    expect(found).toBeTruthy()
    expect(await findChromium({ CHROMIUM_PATH: found, PATH: '' })).toBe(found)
  })

  it('finds an installed browser without CHROMIUM_PATH', async () => {
    const found = await findChromium({ PATH: process.env.PATH })
    expect(() => accessSync(found!, constants.X_OK)).not.toThrow()
  })

  it('refuses a CHROMIUM_PATH that is not there', async () => {
    expect(await findChromium({ CHROMIUM_PATH: '/nonexistent/chrome' })).toBeUndefined()
  })
})

describe('npm run export without a browser', () => {
  it('says how to install one and exits 1, without a stack trace', async () => {
    const failed = await run(process.execPath, ['scripts/export.ts', 'pdf'], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chrome' },
    })
      .then(() => undefined, (e: { code: number, stderr: string }) => e)
    expect(failed?.code).toBe(1)
    expect(failed?.stderr).toContain('apt-get install -y chromium')
    expect(failed?.stderr).toContain('npx playwright install chromium')
    expect(failed?.stderr).not.toMatch(/^\s+at /m)
  })

  it('rejects an unknown format with exit code 2', async () => {
    const failed = await run(process.execPath, ['scripts/export.ts', 'gif'], { cwd: ROOT })
      .then(() => undefined, (e: { code: number, stderr: string }) => e)
    expect(failed?.code).toBe(2)
  })
})
