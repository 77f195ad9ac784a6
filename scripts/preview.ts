import type { PreviewServer } from 'vite'
import process from 'node:process'
import { preview } from 'vite'
import { freePort } from './slidev-server.ts'

// A built site served the way any static host would (no SPA fallback is
// needed with hash routing): for the tests and the benchmark. Vite's preview
// still answers unknown paths with index.html, which the benchmark's plain
// Slidev build, on history routes, relies on.

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

export async function serveStatic(outDir: string, root: string): Promise<StaticServer> {
  // Vite's preview sets this process's NODE_ENV to production, and a Slidev
  // dev server started from it afterwards inherited that: its page then lacked
  // Slidev's constants (`__SLIDEV_HASH_ROUTE__ is not defined`) and showed no slide.
  const nodeEnv = process.env.NODE_ENV
  let server: PreviewServer
  try {
    server = await preview({
      configFile: false,
      root,
      logLevel: 'silent',
      build: { outDir },
      preview: { port: await freePort(), strictPort: true, host: '127.0.0.1' },
    })
  }
  finally {
    if (nodeEnv === undefined)
      delete process.env.NODE_ENV
    else
      process.env.NODE_ENV = nodeEnv
  }
  return {
    url: server.resolvedUrls!.local[0]!.replace(/\/$/, ''),
    close: () => server.close(),
  }
}
