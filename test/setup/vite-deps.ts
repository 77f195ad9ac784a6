import type { TestProject } from 'vitest/node'
import { launchChromium } from '../../scripts/browser.ts'
import { showSlide } from '../../scripts/check-layout.ts'
import { loadDeckFile } from '../../scripts/deck-file.ts'
import { startDevServer } from '../../scripts/slidev-server.ts'

// Once before the browser suites start. Vite pre-bundles the deck's
// dependencies into node_modules/.vite/deps, one folder that every Slidev
// process of the project reads, and rewrites it whenever a page asks for a
// dependency it has not bundled yet. Suites running side by side on a fresh
// clone would each rebuild it under the others' feet (their pages reload
// mid-export). One dev server shows every slide and the presenter view
// first, so the folder is complete before anyone else reads it.
//
// That server, `npm run dev` of the default deck, then stays up for the
// suite that tests it (browser/dev-server.test.ts) instead of that suite
// starting and warming a second one.
export default async function bundleDependencies(project: TestProject): Promise<() => Promise<void>> {
  const { slides } = await loadDeckFile('slides.md')
  const server = await startDevServer()
  try {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage({
        viewport: { width: 1280, height: 720 },
      })
      await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
      for (let no = 1; no <= slides.length; no++)
        await showSlide(page, no)
      await page.goto(`${server.url}/presenter/1`, { waitUntil: 'networkidle' })
    }
    finally {
      await browser.close()
    }
  }
  catch (error) {
    await server.stop()
    throw error
  }
  project.provide('devServerUrl', server.url)
  return () => server.stop()
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The dev server of the default deck (`npm run dev`), every slide already shown once. */
    devServerUrl: string
  }
}
