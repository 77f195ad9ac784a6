import type { HotUpdateOptions, Plugin } from 'vite'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createServer } from 'vite'
import { describe, expect, it, vi } from 'vitest'
import { deckUpdatesInOrder } from '../scripts/deck-updates-in-order.ts'

// Vite calls each plugin's hotUpdate hook in turn for one saved file, with one
// options object, and the hooks of two saves side by side.

type Handler = (this: { environment: { name: string } }, options: HotUpdateOptions) => Promise<unknown> | unknown

function hooks(): { enter: Handler, leave: Handler } {
  const [enter, leave] = deckUpdatesInOrder().map((p: Plugin) => (p.hotUpdate as { handler: Handler }).handler)
  return { enter: enter!, leave: leave! }
}

const client = {
  environment: { name: 'client' },
}
const save = (file: string) => ({ file }) as HotUpdateOptions

describe('deckUpdatesInOrder', () => {
  it('lets the second save of a deck in only once the first has been through every hook', async () => {
    const { enter, leave } = hooks()
    const first = save('/deck/slides.md')
    const second = save('/deck/slides.md')
    const order: string[] = []
    await enter.call(client, first)
    order.push('first in')
    const waiting = Promise.resolve(enter.call(client, second)).then(() => order.push('second in'))
    await new Promise(r => setTimeout(r, 50))
    order.push('first out')
    await leave.call(client, first)
    await waiting
    expect(order).toEqual(['first in', 'first out', 'second in'])
  })

  it('holds no other file, and no other environment', async () => {
    const { enter } = hooks()
    await enter.call(client, save('/deck/slides.md'))
    // The first save never leaves: these must not wait for it.
    const through: string[] = []
    void Promise.resolve(enter.call(client, save('/deck/components/X.vue'))).then(() => through.push('a component'))
    void Promise.resolve(enter.call({
      environment: { name: 'ssr' },
    }, save('/deck/slides.md'))).then(() => through.push('the deck, server side'))
    await new Promise(r => setTimeout(r, 0))
    expect(through.sort()).toEqual(['a component', 'the deck, server side'])
  })
})

describe('deckUpdatesInOrder in Vite\'s dev server', () => {
  /**
   * Saves deck.md twice, the second time once the first save's hook has read
   * the file, while a plugin standing for Slidev's loader takes a second over
   * the first save; what that plugin stored, in order.
   */
  async function twoQuickSaves(plugins: Plugin[]): Promise<string[]> {
    const dir = await mkdtemp(join(tmpdir(), 'versus-hmr-order-'))
    const deck = join(dir, 'deck.md')
    await writeFile(deck, 'version 0')
    const stored: string[] = []
    let read!: () => void
    const firstRead = new Promise<void>(resolve => (read = resolve))
    let calls = 0
    const slowFirstLoad: Plugin = {
      name: 'slow-first-load',
      async handleHotUpdate(ctx) {
        if (ctx.file !== deck)
          return
        const call = ++calls
        const text = await ctx.read()
        if (call === 1) {
          read()
          await sleep(1000)
        }
        stored.push(text)
      },
    }
    const server = await createServer({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      server: { middlewareMode: true },
      plugins: [...plugins, slowFirstLoad],
    })
    try {
      await vi.waitFor(() => expect(Object.keys(server.watcher.getWatched())).toContain(dir), { timeout: 10_000 })
      await writeFile(deck, 'version 1')
      await firstRead
      // The file watcher reports one change of a file per 50 ms at most.
      await sleep(100)
      await writeFile(deck, 'version 2')
      await vi.waitFor(() => expect(stored).toHaveLength(2), { timeout: 10_000 })
      return stored
    }
    finally {
      await server.close()
      await rm(dir, { recursive: true, force: true })
    }
  }

  it('runs two quick saves\' hooks side by side without it: the first save\'s load lands last', async () => {
    expect(await twoQuickSaves([])).toEqual(['version 2', 'version 1'])
  })

  it('lands them in the order they were saved with it', async () => {
    expect(await twoQuickSaves(deckUpdatesInOrder())).toEqual(['version 1', 'version 2'])
  })
})
