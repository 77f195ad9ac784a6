import { readFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { beforeAll, inject } from 'vitest'

// Before each browser suite: wait until setup/vite-deps.ts has shown every
// slide once, so that Vite's dependency folder is complete.

const WAIT_MS = 300_000

beforeAll(async () => {
  const marker = inject('devServerWarmed')
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const said = await readFile(marker, 'utf8').catch(() => undefined)
    if (said !== undefined) {
      if (said)
        throw new Error(said)
      return
    }
    if (Date.now() > deadline)
      throw new Error(`the dev server was not warmed within ${WAIT_MS / 60_000} minutes (${marker})`)
    await sleep(250)
  }
}, WAIT_MS + 10_000)
