import type { ChunkFiles } from '../scripts/first-screen-preload.ts'
import { describe, expect, it } from 'vitest'
import { firstScreenFiles, latinFaces, linkedStylesheets, pageUrl, rangeHolds } from '../scripts/first-screen-preload.ts'

function chunk(fileName: string, imports: string[] = []): ChunkFiles {
  return {
    fileName,
    imports,
  }
}

describe('firstScreenFiles', () => {
  const vue = chunk('assets/vue.js')
  const entry = chunk('assets/index.js', ['assets/vue.js'])
  const shared = chunk('assets/client.js', ['assets/vue.js', 'assets/index.js'])
  const play = chunk('assets/play.js', ['assets/client.js', 'assets/index.js'])
  const slide = chunk('assets/md-1.js', ['assets/vue.js', 'assets/client.js'])
  const other = chunk('assets/md-2.js', ['assets/vue.js'])
  const chunks = [vue, entry, shared, play, slide, other]

  it('names what the first screen imports, through every level, once each', () => {
    expect(firstScreenFiles(chunks, entry, [play, slide])).toEqual(['assets/play.js', 'assets/client.js', 'assets/md-1.js'])
  })

  it('leaves out what the entry already loads, and what no root imports', () => {
    const scripts = firstScreenFiles(chunks, entry, [slide])
    expect(scripts).not.toContain('assets/vue.js')
    expect(scripts).not.toContain('assets/md-2.js')
    expect(firstScreenFiles(chunks, entry, [])).toEqual([])
  })
})

describe('rangeHolds', () => {
  it('reads unicode-range as written and as minified, with wildcards', () => {
    const A = 0x41
    expect(rangeHolds(undefined, A)).toBe(true)
    expect(rangeHolds('U+0000-00FF, U+0131', A)).toBe(true)
    expect(rangeHolds('U+??,U+131', A)).toBe(true)
    expect(rangeHolds('U+4?', A)).toBe(true)
    expect(rangeHolds('U+0041', A)).toBe(true)
    expect(rangeHolds('U+100-2BA,U+1E00-1E9F', A)).toBe(false)
    expect(rangeHolds('U+1??', A)).toBe(false)
  })
})

describe('latinFaces', () => {
  // As @fontsource writes its faces, then as the build minifies them.
  const face = (family: string, style: string, weight: number, subset: string, range: string) => `@font-face {
  font-family: ${family};
  font-style: ${style};
  font-display: swap;
  font-weight: ${weight};
  src: url(./files/x-${subset}-${weight}-${style}.woff2) format('woff2'), url(./files/x-${subset}-${weight}-${style}.woff) format('woff');
  unicode-range: ${range};
}`
  const LATIN = 'U+0000-00FF,U+0131,U+0152-0153'
  const css = [
    face('\'Nunito Sans\'', 'normal', 400, 'latin', LATIN),
    face('\'Nunito Sans\'', 'normal', 400, 'latin-ext', 'U+0100-02BA'),
    face('\'Nunito Sans\'', 'italic', 400, 'latin', LATIN),
    face('\'Nunito Sans\'', 'normal', 800, 'latin', LATIN),
    face('\'Fira Code\'', 'normal', 400, 'latin', LATIN),
  ].join('\n')
  const minified = '@font-face{font-family:Nunito Sans;font-style:normal;font-display:swap;font-weight:700;src:url(/assets/n-latin-700-normal-AB12.woff2)format("woff2"),url(/assets/n-latin-700-normal-CD34.woff)format("woff");unicode-range:U+??,U+131}'

  it('names the upright faces of the family that hold Latin letters, in each weight', () => {
    expect(latinFaces(css, 'Nunito Sans')).toEqual([
      './files/x-latin-400-normal.woff2',
      './files/x-latin-800-normal.woff2',
    ])
    expect(latinFaces(minified, 'Nunito Sans')).toEqual(['/assets/n-latin-700-normal-AB12.woff2'])
  })

  it('names none of another family', () => {
    expect(latinFaces(css, 'Inter')).toEqual([])
    expect(latinFaces(css, 'Fira Code')).toEqual(['./files/x-latin-400-normal.woff2'])
  })
})

describe('pageUrl', () => {
  it('keeps a URL the build wrote with the base, and resolves one relative to its stylesheet', () => {
    expect(pageUrl('/talks/x/assets/a.woff2', 'assets/index.css', '/talks/x/')).toBe('/talks/x/assets/a.woff2')
    expect(pageUrl('https://cdn.example/a.woff2', 'assets/index.css', '/')).toBe('https://cdn.example/a.woff2')
    expect(pageUrl('./a.woff2', 'assets/index.css', './')).toBe('./assets/a.woff2')
    expect(pageUrl('../fonts/a.woff2', 'assets/css/index.css', './')).toBe('./assets/fonts/a.woff2')
  })
})

describe('linkedStylesheets', () => {
  it('names the stylesheets the page links, as files of the build, and nothing else it links', () => {
    const html = `<head>
  <link rel="icon" href="/talks/x/favicon.svg">
  <link rel="modulepreload" crossorigin href="/talks/x/assets/vue.js">
  <link rel="preload" as="style" href="/talks/x/assets/play.css">
  <link rel="stylesheet" crossorigin href="/talks/x/assets/style-AB12.css">
  <link rel="stylesheet" href="https://cdn.example/other.css">
</head>`
    expect(linkedStylesheets(html, '/talks/x/')).toEqual(['assets/style-AB12.css'])
    expect(linkedStylesheets('<link rel="stylesheet" crossorigin href="./assets/index.css">', './')).toEqual(['assets/index.css'])
    expect(linkedStylesheets('<head></head>', '/')).toEqual([])
  })
})
