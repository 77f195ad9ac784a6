import type { ResolvedConfig } from 'vite'
import type { UnocssContext } from '../scripts/unocss-context.ts'
import { createGenerator, presetWind3 } from 'unocss'
import UnoCSS from 'unocss/vite'
import { describe, expect, it } from 'vitest'
import { generateOncePerTokens, unoCssOnce } from '../scripts/uno-css-once.ts'
import { unocssContext } from '../scripts/unocss-context.ts'

interface Generated { css: string }

async function context(tokens: string[]): Promise<UnocssContext> {
  return {
    ready: Promise.resolve(),
    tokens: new Set(tokens),
    uno: await createGenerator({
      presets: [
        presetWind3(),
      ],
    }) as unknown as UnocssContext['uno'],
  }
}

const css = (result: unknown) => (result as Generated).css

describe('generateOncePerTokens', () => {
  it('shares one generation of the collected tokens until a token is added', async () => {
    const ctx = await context(['p-1'])
    generateOncePerTokens(ctx)
    const [a, b] = await Promise.all([
      ctx.uno.generate(ctx.tokens),
      ctx.uno.generate(ctx.tokens),
    ])
    expect(b).toBe(a)
    expect(css(a)).toContain('.p-1{')
    ctx.tokens.add('m-2')
    const c = await ctx.uno.generate(ctx.tokens)
    expect(c).not.toBe(a)
    expect(css(c)).toContain('.m-2{')
    expect(await ctx.uno.generate(ctx.tokens)).toBe(c)
  })

  it('generates again once the configuration is reloaded, with the same tokens', async () => {
    const ctx = await context(['p-1', 'brand'])
    generateOncePerTokens(ctx)
    const before = await ctx.uno.generate(ctx.tokens)
    expect(css(before)).not.toContain('.brand{')
    await (ctx.uno as unknown as { setConfig: (config: object) => Promise<void> }).setConfig({
      presets: [
        presetWind3(),
      ],
      rules: [
        [
          'brand',
          { color: 'rebeccapurple' },
        ],
      ],
    })
    const after = await ctx.uno.generate(ctx.tokens)
    expect(after).not.toBe(before)
    expect(css(after)).toContain('.brand{color:rebeccapurple;}')
  })

  it('leaves any other call as it is: other tokens, or options', async () => {
    const ctx = await context(['p-1'])
    generateOncePerTokens(ctx)
    const other = new Set(['p-1'])
    expect(await ctx.uno.generate(other)).not.toBe(await ctx.uno.generate(other))
    expect(await ctx.uno.generate('p-1')).not.toBe(await ctx.uno.generate('p-1'))
    const plain = await ctx.uno.generate(ctx.tokens, { preflights: false })
    expect(await ctx.uno.generate(ctx.tokens, { preflights: false })).not.toBe(plain)
  })
})

describe('unoCssOnce', () => {
  it('shares the generations of UnoCSS\'s own Vite plugin once it has read its configuration', async () => {
    const plugins = UnoCSS({
      configFile: false,
      presets: [
        presetWind3(),
      ],
    })
    const ctx = unocssContext(plugins)!
    ;(unoCssOnce().configResolved as (config: Pick<ResolvedConfig, 'plugins'>) => void)({ plugins })
    await ctx.ready
    ctx.tokens.add('p-1')
    const [a, b] = await Promise.all([
      ctx.uno.generate(ctx.tokens),
      ctx.uno.generate(ctx.tokens),
    ])
    expect(b).toBe(a)
    expect(css(a)).toContain('.p-1{')
  })

  it('is for the dev server (and an export\'s) only: the build keeps its own last result', () => {
    expect(unoCssOnce().apply).toBe('serve')
  })
})
