import type { Plugin } from 'vite'
import process from 'node:process'

// Slidev's client loads every slide 3 s after the deck opens ("preload all
// slides after 3s", @slidev/client/internals/SlidesShow.vue): some 150
// modules (each slide, its components, Mermaid's chunks) that the dev server
// transforms on its one thread. A dataset saved in those seconds waited up to
// 1.3 s behind them before the page showed it. This transforms every slide,
// and what each imports, as soon as the server has gone idle after the first
// slide was shown, so that the page's requests find them ready.

/** How long no request may have been in flight before the slides are warmed. */
const IDLE_MS = 300

const SLIDE_MODULE = /^\/@slidev\/slides\/\d+\/md\b/

/** Slidev's dev server only: `slideCount` is read when the warming starts. */
export function warmSlides(slideCount: () => number): Plugin {
  return {
    name: 'versus:warm-slides',
    apply: 'serve',
    configureServer(server) {
      let inFlight = 0
      let slideShown = false
      let started = false
      let timer: NodeJS.Timeout | undefined
      const warm = () => {
        if (started || inFlight > 0 || !slideShown)
          return
        started = true
        const count = slideCount()
        // Not Vite's logger: Slidev sets it to warnings only.
        process.stdout.write(`versus: preparing ${count} slides\n`)
        // Each slide's entry; Vite transforms what it imports (the slide's
        // markdown, its components) in turn, as it does for the page.
        for (let no = 1; no <= count; no++)
          void server.warmupRequest(`/@slidev/slides/${no}/md`)
      }
      server.middlewares.use((req, res, next) => {
        if (!started) {
          slideShown ||= SLIDE_MODULE.test(req.url ?? '')
          inFlight++
          clearTimeout(timer)
          res.once('close', () => {
            inFlight--
            clearTimeout(timer)
            timer = setTimeout(warm, IDLE_MS)
          })
        }
        next()
      })
      server.httpServer?.once('close', () => clearTimeout(timer))
    },
  }
}
