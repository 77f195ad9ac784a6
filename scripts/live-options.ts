import type { GenerateOptions } from './generate.ts'
import process from 'node:process'

// How `versus dev` hands the live-data plugin (live-data.ts) its options. Kept
// apart from the plugin so that what starts Slidev does not load the generator.

/** What the live-data plugin regenerates, and from which dataset. */
export type LiveOptions = Required<Pick<GenerateOptions, 'data'>> & Pick<GenerateOptions, 'out' | 'sections' | 'locale' | 'theme'>

/**
 * The variable through which `versus dev` hands the plugin its options:
 * Slidev starts Vite itself, so they cannot be passed as arguments.
 */
export const LIVE_ENV = 'VERSUS_LIVE'

/** The options `versus dev` set for this server, if any. */
export function liveOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): LiveOptions | undefined {
  const raw = env[LIVE_ENV]
  return raw
    ? JSON.parse(raw) as LiveOptions
    : undefined
}
