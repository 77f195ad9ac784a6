import type { Plugin } from 'vite'
import type { GenerateOptions } from './generate.ts'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import process from 'node:process'
import { formatError } from './dataset/errors.ts'
import { generate, outputsOf } from './generate.ts'

/** What the live-data plugin regenerates, and from which dataset. */
export type LiveOptions = Required<Pick<GenerateOptions, 'data'>> & Pick<GenerateOptions, 'out' | 'sections' | 'locale' | 'theme'>

/**
 * The variable through which `npm run dev` hands the plugin its options:
 * Slidev starts Vite itself, so they cannot be passed as arguments.
 */
export const LIVE_ENV = 'VERSUS_LIVE'

/** The options `npm run dev` set for this server, if any. */
export function liveOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): LiveOptions | undefined {
  const raw = env[LIVE_ENV]
  return raw
    ? JSON.parse(raw) as LiveOptions
    : undefined
}

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
    configureServer(server) {
      if (!options)
        return
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
