import type { TestProject } from 'vitest/node'
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchChromium } from '../../scripts/browser.ts'
import { showSlide } from '../../scripts/check-layout.ts'
import { loadDeckFile } from '../../scripts/deck-file.ts'
import { startDevServer } from '../../scripts/slidev-server.ts'

// Vite pre-bundles the deck's dependencies into node_modules/.vite/deps, one
// folder that every Slidev dev server of the project reads (exports keep
// theirs apart: setup/vite-plugins.ts), and rewrites it whenever a page asks
// for a dependency it has not bundled yet. Suites running side by side on a
// fresh clone would each rebuild it under the others' feet (their pages
// reload mid-test). So one dev server shows every slide and the presenter
// view first, and every browser suite waits for that (setup/warmed.ts): the
// folder is complete before anyone else reads it.
//
// The warming runs while the unit project does, not before it: this setup
// returns once the server answers. The server, `npm run dev` of the default
// deck, then stays up for the suite that tests it (browser/dev-server.test.ts)
// instead of that suite starting and warming a second one.
export default async function warmDevServer(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'versus-warm-'))
  const server = await startDevServer()
  // Written once warming ends: empty, or the reason it failed.
  const marker = join(dir, 'warmed')
  const say = async (text: string) => {
    // Whole or not at all: an empty file means success.
    await writeFile(`${marker}.tmp`, text)
    await rename(`${marker}.tmp`, marker)
  }
  const warming = warm(server.url).then(
    () => say(''),
    (error: unknown) => say(`The dev server that fills Vite's dependency folder failed:\n${error instanceof Error
      ? error.stack
      : String(error)}`),
  )
  project.provide('devServerUrl', server.url)
  project.provide('devServerWarmed', marker)
  return async () => {
    await warming
    await server.stop()
    await rm(dir, { recursive: true, force: true })
  }
}

async function warm(url: string): Promise<void> {
  const { slides } = await loadDeckFile('slides.md')
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
    })
    await page.goto(`${url}/1`, { waitUntil: 'networkidle' })
    for (let no = 1; no <= slides.length; no++)
      await showSlide(page, no)
    await page.goto(`${url}/presenter/1`, { waitUntil: 'networkidle' })
  }
  finally {
    await browser.close()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The dev server of the default deck (`npm run dev`), every slide shown once by the time a browser suite starts. */
    devServerUrl: string
    /** The file that says the dev server is warmed: empty when it is, the reason when warming failed. */
    devServerWarmed: string
  }
}
