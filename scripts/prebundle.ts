// Packages that Slidev's client reaches only through dependencies Slidev
// keeps out of Vite's pre-bundling (@vueuse/motion, @slidev/rough-notation,
// @unhead/vue, floating-vue). Unbundled, the dev server serves them a file per
// module: about 70 of the 320 requests before slide 1 loads. None imports Vue, so
// bundling them cannot make a second copy of anything Slidev shares. Deep
// imports are listed as written by their importers: Vite maps a bare import
// to its bundle only when the specifier matches.

/** `optimizeDeps.include` for every dev server of the project. */
export const PREBUNDLED = [
  'popmotion',
  'style-value-types',
  'framesync',
  'roughjs/bin/math',
  'roughjs/bin/renderer',
  'roughjs/bin/generator',
  'unhead',
  'unhead/client',
  'unhead/plugins',
  'unhead/scripts',
  'unhead/utils',
  '@floating-ui/dom',
] as const

/** The npm package a specifier above belongs to. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@')
    ? parts.slice(0, 2).join('/')
    : parts[0]!
}
