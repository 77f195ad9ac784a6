import type { Plugin } from 'vite'
import type { UnocssContext } from './unocss-context.ts'
import { unocssContext } from './unocss-context.ts'

// UnoCSS's dev server generates the whole CSS again for each of its style
// sheets a page asks for (generateCSS in packages/vite/src/modes/global/dev.ts
// of unocss/unocss), and Slidev's client asks for four of them again each
// time a module brings new tokens. A warm dev start ran the generator 66 to 81
// times for about 10 different sets of tokens. UnoCSS's build keeps its last
// result while the tokens stay the same; this gives the dev server (and an
// export's) the same: a generation of the tokens the plugin has collected is
// shared until a token is added or the configuration is reloaded.

/** Makes `context.uno.generate` of the context's own tokens, without options, return the last result while the tokens and the configuration stay the same. */
export function generateOncePerTokens(context: UnocssContext): void {
  const { uno, tokens } = context
  const generate = uno.generate.bind(uno)
  let last: { size: number, config: unknown, result: Promise<unknown> } | undefined
  uno.generate = (input, options) => {
    if (input !== tokens || options !== undefined)
      return generate(input, options)
    // The set only grows while the configuration stays: its size tells a new token.
    if (last?.size !== tokens.size || last.config !== uno.config) {
      const result = generate(input)
      last = { size: tokens.size, config: uno.config, result }
      // A failed generation is not kept.
      result.catch(() => last?.result === result && (last = undefined))
    }
    return last.result
  }
}

export function unoCssOnce(): Plugin {
  return {
    name: 'versus:uno-css-once',
    apply: 'serve',
    configResolved(config) {
      const context = unocssContext(config.plugins)
      if (!context)
        return
      // The generator exists once UnoCSS has read its configuration, before it serves any CSS.
      void context.ready.then(() => generateOncePerTokens(context), () => {})
    },
  }
}
