import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { PDFDocument, PDFName } from 'pdf-lib'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserHelp, bundledChromium, candidates, CHROMIUM_ARGS, findChromium, installedPaths } from '../scripts/browser.ts'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '..')
// Any executable file stands in for a browser where only the choice is tested.
const EXECUTABLE = process.execPath

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, then CHROME_PATH', async () => {
    expect(await findChromium({ CHROMIUM_PATH: EXECUTABLE, CHROME_PATH: '/nonexistent/chrome' })).toBe(EXECUTABLE)
    expect(await findChromium({ CHROME_PATH: EXECUTABLE, PATH: '' })).toBe(EXECUTABLE)
    expect(candidates({ CHROMIUM_PATH: '/a', CHROME_PATH: '/b' }).slice(0, 3)).toEqual([
      { source: 'CHROMIUM_PATH', path: '/a' },
      { source: 'CHROME_PATH', path: '/b' },
      { source: 'installed', path: '/usr/bin/chromium' },
    ])
  })

  it('refuses a CHROMIUM_PATH or CHROME_PATH that is not there, and says which', async () => {
    expect(await findChromium({ CHROMIUM_PATH: '/nonexistent/chrome' })).toBeUndefined()
    expect(await findChromium({ CHROME_PATH: '/nonexistent/chrome' })).toBeUndefined()
    expect(browserHelp({ CHROME_PATH: '/nonexistent/chrome' })).toMatch(/^CHROME_PATH is set to \/nonexistent\/chrome, which is not an executable/)
  })

  it('knows where Chromium, Chrome and Edge install on Linux, macOS and Windows', () => {
    expect(installedPaths('linux', { PATH: '/opt/bin' })).toEqual(expect.arrayContaining([
      '/usr/bin/chromium',
      '/usr/bin/google-chrome-stable',
      '/usr/bin/microsoft-edge',
      '/snap/bin/chromium',
      '/opt/bin/chromium',
    ]))
    expect(installedPaths('darwin', { HOME: '/Users/me' })).toEqual(expect.arrayContaining([
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]))
    expect(installedPaths('win32', { 'LOCALAPPDATA': 'C:\\Users\\me\\AppData\\Local', 'PROGRAMFILES': 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' })).toEqual(expect.arrayContaining([
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    ]))
  })

  it('always finds a browser on Linux x64, with nothing set and nothing on PATH', async () => {
    const found = await findChromium({ PATH: '' })
    expect(() => accessSync(found!, constants.X_OK)).not.toThrow()
  })
})

describe.runIf(process.platform === 'linux' && process.arch === 'x64')('the bundled Chromium (@sparticuz/chromium)', () => {
  it('unpacks completely even when two ask at once', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'versus-bundle-'))
    try {
      const [first, second] = await Promise.all([
        bundledChromium(cache),
        bundledChromium(cache),
      ])
      expect(first).toBe(second)
      expect(await readdir(cache), 'one folder, no partial ones left').toEqual([
        basename(dirname(first!)),
      ])
      expect(await readdir(dirname(first!))).toEqual(expect.arrayContaining([
        'chrome',
        'chromium',
        'lib',
        'fonts',
        'fonts.conf',
      ]))
    }
    finally {
      await rm(cache, { recursive: true, force: true })
    }
  }, 60_000)

  it('runs under Playwright and prints a tagged PDF with an outline', async () => {
    const first = await bundledChromium()
    const browser = await chromium.launch({ executablePath: first!, args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage({
        viewport: { width: 640, height: 360 },
      })
      await page.setContent('<h1>Bundled</h1><h2>Second</h2>')
      expect(await page.locator('h1').textContent()).toBe('Bundled')
      const pdf = await PDFDocument.load(await page.pdf({ tagged: true, outline: true }))
      expect(pdf.getPageCount()).toBe(1)
      expect(pdf.catalog.has(PDFName.of('StructTreeRoot')), 'tagged').toBe(true)
      expect(pdf.catalog.has(PDFName.of('Outlines')), 'outline').toBe(true)
    }
    finally {
      await browser.close()
    }
  }, 60_000)
})

describe('npm run export without a browser', () => {
  it('says how to install one and exits 1, without a stack trace', async () => {
    const failed = await run(process.execPath, ['scripts/versus.ts', 'export'], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chrome' },
    })
      .then(() => undefined, (e: { code: number, stderr: string }) => e)
    expect(failed?.code).toBe(1)
    expect(failed?.stderr).toContain('CHROMIUM_PATH is set to /nonexistent/chrome')
    expect(failed?.stderr).toContain('apt-get install -y chromium')
    expect(failed?.stderr).toContain('npx playwright install chromium')
    expect(failed?.stderr).not.toMatch(/^\s+at /m)
  })

  it('rejects an unknown format with exit code 2', async () => {
    const failed = await run(process.execPath, [
      'scripts/versus.ts',
      'export',
      '--format',
      'gif',
    ], { cwd: ROOT })
      .then(() => undefined, (e: { code: number, stderr: string }) => e)
    expect(failed?.code).toBe(2)
  })
})
