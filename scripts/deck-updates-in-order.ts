import type { HotUpdateOptions, Plugin } from 'vite'
import { waitAtMost } from './wait.ts'

// Slidev handles a saved deck in its `handleHotUpdate` hook: it reads the file,
// awaits its loader, then stores the result as the deck and announces each
// changed slide to the page. Vite runs the hooks of two quick saves side by
// side, so when the first save's load finishes last, the deck goes back to the
// first save, on the server and on the screen, and stays there until the next
// save. Live data saves the deck as often as the dataset is saved. These two
// plugins, one before Slidev's hook and one after it, let one save of a deck
// through at a time, and the second keeps an old deck out of Vite's cache.

/** How long a save waits for the one before it at most (if a hook failed, the one before never finishes). */
const MAX_WAIT_MS = 2000

const DECK = /\.md$/

export function deckUpdatesInOrder(): Plugin[] {
  let previous: Promise<void> = Promise.resolve()
  const done = new WeakMap<HotUpdateOptions, () => void>()
  return [
    {
      name: 'versus:deck-updates-in-order:enter',
      apply: 'serve',
      hotUpdate: {
        order: 'pre',
        async handler(options) {
          if (this.environment.name !== 'client' || !DECK.test(options.file))
            return
          const before = previous
          let finish!: () => void
          previous = new Promise<void>(resolve => (finish = resolve))
          done.set(options, finish)
          await waitAtMost(before, MAX_WAIT_MS)
        },
      },
    },
    {
      name: 'versus:deck-updates-in-order:leave',
      apply: 'serve',
      hotUpdate: {
        order: 'post',
        handler(options) {
          const finish = done.get(options)
          if (!finish)
            return
          // Slidev stored the new deck during its hook. A slide's module that
          // was being transformed from the old deck meanwhile (the page
          // fetching the last save's update) would be cached and served on:
          // Vite's HMR invalidation, which follows, clears a module's result
          // but does not turn away one still in flight; this invalidation does.
          for (const mod of options.modules)
            this.environment.moduleGraph.invalidateModule(mod)
          finish()
        },
      },
    },
  ]
}
