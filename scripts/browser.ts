import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import process from 'node:process'

/** Flags Debian's Chromium needs here: running as root, no GPU, no phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]
const COMMANDS = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
]

export const INSTALL_HELP = `No Chromium or Chrome found. Install one, or point CHROMIUM_PATH at it:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          brew install --cask chromium   (or install Google Chrome)
  Any system:     npx playwright install chromium`

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

async function playwrightsOwn(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-core')
    const path = chromium.executablePath()
    return executable(path)
      ? path
      : undefined
  }
  catch {
    return undefined
  }
}

/** CHROMIUM_PATH, else an installed Chromium/Chrome, else Playwright's download. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (env.CHROMIUM_PATH) {
    return executable(env.CHROMIUM_PATH)
      ? env.CHROMIUM_PATH
      : undefined
  }
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap(dir => COMMANDS.map(c => join(dir, c)))
  return [
    ...KNOWN_PATHS,
    ...onPath,
  ].find(executable) ?? await playwrightsOwn()
}
