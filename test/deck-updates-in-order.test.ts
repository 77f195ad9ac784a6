import type { HotUpdateOptions, Plugin, ViteDevServer } from 'vite'
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
const save = (file: string) => ({ file, modules: [] }) as unknown as HotUpdateOptions

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

/** Vite's dev server for `dir` with `plugins`, once its file watcher watches `dir`. */
async function watchingServer(dir: string, plugins: Plugin[]): Promise<ViteDevServer> {
  const server = await createServer({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    server: { middlewareMode: true },
    plugins,
  })
  try {
    await vi.waitFor(() => expect(Object.keys(server.watcher.getWatched())).toContain(dir), { timeout: 10_000 })
  }
  catch (error) {
    await server.close()
    throw error
  }
  return server
}

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
    const server = await watchingServer(dir, [...plugins, slowFirstLoad])
    try {
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

describe('deckUpdatesInOrder and a slide\'s module in flight', () => {
  /**
   * A slide's module, made from the deck a plugin standing for Slidev's loader
   * stores, is being transformed again from version 0 (the page fetching the
   * last update) when deck.md is saved as version 1; the transform finishes
   * once Vite has announced the new update. What Vite then serves for it.
   */
  async function servedAfterSave(plugins: Plugin[]): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'versus-hmr-inflight-'))
    const deck = join(dir, 'deck.md')
    await writeFile(deck, 'version 0')
    let stored = 'version 0'
    let gate = Promise.resolve()
    let reading = () => {}
    const SLIDE = '\0slide'
    const slidevLike: Plugin = {
      name: 'slidev-like',
      resolveId: id => (id === 'slide'
        ? SLIDE
        : undefined),
      async load(id) {
        if (id !== SLIDE)
          return
        const text = stored
        reading()
        await gate
        return `export default ${JSON.stringify(text)}`
      },
      async handleHotUpdate(ctx) {
        if (ctx.file !== deck)
          return
        stored = await ctx.read()
        return [
          ctx.server.moduleGraph.getModuleById(SLIDE)!,
        ]
      },
    }
    const server = await watchingServer(dir, [...plugins, slidevLike])
    let release = () => {}
    try {
      const client = server.environments.client
      expect((await client.transformRequest('slide'))!.code).toContain('version 0')
      // As the last save's update left it: the page fetches it again.
      client.moduleGraph.invalidateModule(client.moduleGraph.getModuleById(SLIDE)!, new Set(), undefined, true)
      gate = new Promise<void>(resolve => (release = resolve))
      const read = new Promise<void>(resolve => (reading = resolve))
      const inFlight = client.transformRequest('slide')
      await read
      const send = client.hot.send.bind(client.hot)
      const announced = new Promise<void>((resolve) => {
        client.hot.send = ((...args: Parameters<typeof send>) => {
          resolve()
          return send(...args)
        }) as typeof send
      })
      await writeFile(deck, 'version 1')
      await announced
      release()
      await inFlight
      return (await client.transformRequest('slide'))!.code
    }
    finally {
      release()
      await server.close()
      await rm(dir, { recursive: true, force: true })
    }
  }

  it('serves the old deck on without it', async () => {
    expect(await servedAfterSave([])).toContain('version 0')
  })

  it('serves the saved deck with it', async () => {
    expect(await servedAfterSave(deckUpdatesInOrder())).toContain('version 1')
  })
})
