import type { Plugin } from 'vite'

/** What the project's plugins use of UnoCSS's plugin context, which its `unocss:api` plugin hands out (@unocss/vite). */
export interface UnocssContext {
  /** Settles once UnoCSS has read its configuration; `uno` is there from then on. */
  ready: Promise<unknown>
  /** The tokens the dev server has collected from the modules so far. */
  tokens: Set<string>
  uno: {
    config: { presets: readonly { name: string, options?: unknown }[] }
    generate: (input: string | Set<string>, options?: object) => Promise<unknown>
  }
}

/** UnoCSS's context among a resolved configuration's plugins, if UnoCSS is one of them. */
export function unocssContext(plugins: readonly Plugin[]): UnocssContext | undefined {
  const api = plugins.find(p => p.name === 'unocss:api')?.api as { getContext: () => UnocssContext } | undefined
  return api?.getContext()
}
