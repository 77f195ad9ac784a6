import type { PreviewServer } from 'vite'
import { preview } from 'vite'
import { freePort } from './slidev-server.ts'

// A built site served the way any static host would (no SPA fallback is
// needed with hash routing): for the tests and the benchmark.

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

export async function serveStatic(outDir: string, root: string): Promise<StaticServer> {
  const server: PreviewServer = await preview({
    configFile: false,
    root,
    logLevel: 'silent',
    build: { outDir },
    preview: { port: await freePort(), strictPort: true, host: '127.0.0.1' },
  })
  return {
    url: server.resolvedUrls!.local[0]!.replace(/\/$/, ''),
    close: () => server.close(),
  }
}
