import type { Browser } from 'playwright-core'
import { randomUUID } from 'node:crypto'
import { accessSync, constants, createReadStream, createWriteStream, existsSync } from 'node:fs'
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { delimiter, dirname, join } from 'node:path'
import process from 'node:process'
import { pipeline } from 'node:stream/promises'
import { createBrotliDecompress } from 'node:zlib'
import { chromium } from 'playwright-core'
import { extract } from 'tar-fs'
import { versusCache } from './cache-dir.ts'
import { CommandError } from './cli/command.ts'

/** Flags every Chromium needs here: running as root, no GPU, no phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** The npm package that carries a Chromium for Linux x64. */
const BUNDLE = '@sparticuz/chromium'

const INSTALL = `Install one, or point CHROMIUM_PATH at it:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          brew install --cask chromium   (or install Google Chrome)
  Windows:        install Google Chrome or Microsoft Edge
  Any system:     npx playwright install chromium`

/** Why no browser was found, and how to get one. */
export function browserHelp(env: NodeJS.ProcessEnv = process.env): string {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH'] as const) {
    if (env[name])
      return `${name} is set to ${env[name]}, which is not an executable file. Correct it or unset it.\n${INSTALL}`
  }
  const bundle = process.platform === 'linux' && process.arch === 'x64'
    ? `and the bundled one (${BUNDLE}) is missing: run npm install`
    : `and the bundled one is for Linux x64 only (this is ${process.platform} ${process.arch})`
  return `No Chromium, Chrome or Edge is installed, ${bundle}.\n${INSTALL}`
}

export type BrowserSource = 'CHROMIUM_PATH' | 'CHROME_PATH' | 'installed'

export interface Candidate {
  source: BrowserSource
  path: string
}

/** Where Chromium, Chrome and Edge install themselves, per platform, most specific first. */
export function installedPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return [
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ].flatMap(app => [
      `/Applications/${app}`,
      ...(env.HOME
        ? [`${env.HOME}/Applications/${app}`]
        : []),
    ])
  }
  if (platform === 'win32') {
    const roots = [
      env.LOCALAPPDATA,
      env.PROGRAMFILES,
      env['PROGRAMFILES(X86)'],
    ].filter((root): root is string => Boolean(root))
    return [
      'Chromium\\Application\\chrome.exe',
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ].flatMap(exe => roots.map(root => `${root}\\${exe}`))
  }
  const commands = [
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
    'chrome',
    'microsoft-edge',
    'microsoft-edge-stable',
  ]
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap(dir => commands.map(c => join(dir, c)))
  return [
    ...commands.map(c => `/usr/bin/${c}`),
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
    ...onPath,
  ]
}

/**
 * The paths tried first, in order: the user's choice (CHROMIUM_PATH, then
 * CHROME_PATH as Marp and chrome-launcher name it), then an installed
 * Chromium, Chrome or Edge. findChromium falls back to Playwright's download,
 * then to the bundled Chromium.
 */
export function candidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): Candidate[] {
  return [
    ...(env.CHROMIUM_PATH
      ? [
          { source: 'CHROMIUM_PATH' as const, path: env.CHROMIUM_PATH },
        ]
      : []),
    ...(env.CHROME_PATH
      ? [
          { source: 'CHROME_PATH' as const, path: env.CHROME_PATH },
        ]
      : []),
    ...installedPaths(platform, env).map(path => ({ source: 'installed' as const, path })),
  ]
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

function playwrightsOwn(): string | undefined {
  try {
    const path = chromium.executablePath()
    return executable(path)
      ? path
      : undefined
  }
  catch {
    return undefined
  }
}

/**
 * The browser to use, or undefined: the candidates, then Playwright's
 * download, then the Chromium bundled for Linux x64. A CHROMIUM_PATH or
 * CHROME_PATH that is set but not executable is an error, not a reason to
 * look elsewhere.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const chosen = env.CHROMIUM_PATH ?? env.CHROME_PATH
  if (chosen) {
    return executable(chosen)
      ? chosen
      : undefined
  }
  return candidates(env).find(c => executable(c.path))?.path
    ?? playwrightsOwn()
    ?? await bundledChromium()
}

/** Launches a browser headless: the one given, else the located one; throws the browser help when there is none. */
export async function launchChromium(executablePath?: string): Promise<Browser> {
  executablePath ??= await findChromium()
  if (!executablePath)
    throw new Error(browserHelp())
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

// The bundled browser: @sparticuz/chromium ships a headless Chromium for Linux
// x64 in its tarball, brotli-compressed with the NSS libraries and a font it
// links against. Its own unpacker writes to a fixed /tmp/chromium and hands a
// half-written file to a second process that asks meanwhile, so it is unpacked
// here instead: into a folder of its own, renamed into place when complete.

function bundleRoot(): string | undefined {
  try {
    // The package exports only its entry (build/index.js); its root is two folders up.
    return dirname(dirname(createRequire(import.meta.url).resolve(BUNDLE)))
  }
  catch {
    return undefined
  }
}

/** The wrapper that starts the bundled Chromium with its own libraries and fonts. */
const WRAPPER = `#!/bin/sh
here=$(dirname "$0")
export LD_LIBRARY_PATH="$here/lib\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export FONTCONFIG_FILE="$here/fonts.conf"
exec "$here/chromium" "$@"
`

function fontsConf(dir: string) {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${dir}/fonts</dir>
  <cachedir>${dir}/fontconfig-cache</cachedir>
</fontconfig>
`
}

async function inflate(from: string, to: string): Promise<void> {
  await pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(to, { mode: 0o755 }))
}

async function untar(from: string, to: string): Promise<void> {
  await pipeline(createReadStream(from), createBrotliDecompress(), extract(to))
}

/**
 * The bundled Chromium's wrapper, unpacked on first use into `cache`
 * (node_modules/.cache/versus); undefined where there is no bundle for this system.
 */
export async function bundledChromium(cache?: string): Promise<string | undefined> {
  const root = bundleRoot()
  if (process.platform !== 'linux' || process.arch !== 'x64' || !root)
    return undefined
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string }
  const dir = join(cache ?? versusCache(), `chromium-${version}`)
  const wrapper = join(dir, 'chrome')
  if (existsSync(wrapper))
    return wrapper
  process.stderr.write(`Unpacking the bundled Chromium ${version} (first use only)...\n`)
  const partial = `${dir}.partial-${randomUUID()}`
  await rm(partial, { recursive: true, force: true })
  await mkdir(partial, { recursive: true })
  const bin = join(root, 'bin')
  await Promise.all([
    inflate(join(bin, 'chromium.br'), join(partial, 'chromium')),
    untar(join(bin, 'al2023.tar.br'), partial),
    untar(join(bin, 'fonts.tar.br'), partial),
  ])
  await writeFile(join(partial, 'fonts.conf'), fontsConf(dir))
  await writeFile(join(partial, 'chrome'), WRAPPER)
  await chmod(join(partial, 'chrome'), 0o755)
  try {
    await rename(partial, dir)
  }
  catch (error) {
    // Another process unpacked it first: use theirs.
    await rm(partial, { recursive: true, force: true })
    if (!existsSync(wrapper))
      throw error
  }
  return wrapper
}

/** The located Chromium, or a CommandError carrying the install help. */
export async function requireChromium(): Promise<string> {
  const browser = await findChromium()
  if (!browser)
    throw new CommandError(browserHelp())
  return browser
}
