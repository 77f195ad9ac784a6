import type { Plugin } from 'vite'
import type { LiveOptions } from './live-options.ts'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'

/**
 * While `slidev` serves a generated deck (or a deck that imports generated
 * sections), regenerate it on every save of its dataset. Slidev then
 * hot-reloads the changed slides; an invalid save prints its errors and
 * leaves the last good deck on screen. Without options it does nothing.
 */
export function liveData(options: LiveOptions | undefined): Plugin {
  return {
    name: 'versus:live-data',
    apply: 'serve',
    async configureServer(server) {
      if (!options)
        return
      // Loaded only here, and by Node rather than into the bundle Vite makes of
      // vite.config.ts (a URL, not a literal, is left alone): every Slidev start,
      // build and export reads the config, few regenerate.
      const load = (path: string) => import(new URL(path, import.meta.url).href)
      const [{ formatError }, { generate, outputsOf }]: [typeof import('./dataset/errors.ts'), typeof import('./generate.ts')] = await Promise.all([
        load('./dataset/errors.ts'),
        load('./generate.ts'),
      ])
      const source = options.data
      const entry = outputsOf(options)
      const data = resolve(source)
      server.watcher.add(data)
      const stamp = () => stat(data).then(st => `${st.size}:${st.mtimeMs}`, () => '')
      const regenerate = async (): Promise<void> => {
        const before = await stamp()
        const result = await generate(options)
        if (result.status !== 'invalid') {
          server.config.logger.info(`versus: ${entry} regenerated from ${source}`, { timestamp: true })
          return
        }
        // An in-place save can be read half-written, and the watcher may drop the
        // event for the finished write: look again before reporting the errors.
        await new Promise(r => setTimeout(r, 100))
        if (await stamp() !== before)
          return regenerate()
        for (const error of result.errors)
          server.config.logger.error(formatError(error))
        server.config.logger.warn(`versus: ${entry} kept as it was; fix the data and save again.`)
      }
      let timer: ReturnType<typeof setTimeout> | undefined
      let queue = Promise.resolve()
      server.watcher.on('change', (file) => {
        if (resolve(file) !== data)
          return
        // Settle bursts of events (truncate, then write), and run one regeneration at a time.
        clearTimeout(timer)
        timer = setTimeout(() => (queue = queue.then(regenerate, regenerate)), 50)
      })
    },
  }
}
