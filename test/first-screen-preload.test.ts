import type { ChunkFiles } from '../scripts/first-screen-preload.ts'
import { describe, expect, it } from 'vitest'
import { firstScreenFiles } from '../scripts/first-screen-preload.ts'

function chunk(fileName: string, imports: string[] = [], css: string[] = []): ChunkFiles {
  return {
    fileName,
    imports,
    viteMetadata: {
      importedCss: new Set(css),
    },
  }
}

describe('firstScreenFiles', () => {
  const vue = chunk('assets/vue.js')
  const entry = chunk('assets/index.js', ['assets/vue.js'], ['assets/index.css'])
  const shared = chunk('assets/client.js', ['assets/vue.js', 'assets/index.js'], ['assets/index.css', 'assets/client.css'])
  const play = chunk('assets/play.js', ['assets/client.js', 'assets/index.js'], ['assets/play.css'])
  const slide = chunk('assets/md-1.js', ['assets/vue.js', 'assets/client.js'], ['assets/md-1.css'])
  const other = chunk('assets/md-2.js', ['assets/vue.js'], ['assets/md-2.css'])
  const chunks = [vue, entry, shared, play, slide, other]

  it('names what the first screen imports, through every level, once each', () => {
    expect(firstScreenFiles(chunks, entry, [play, slide])).toEqual({
      scripts: ['assets/play.js', 'assets/client.js', 'assets/md-1.js'],
      styles: ['assets/play.css', 'assets/client.css', 'assets/md-1.css'],
    })
  })

  it('leaves out what the entry already loads, and what no root imports', () => {
    const { scripts, styles } = firstScreenFiles(chunks, entry, [slide])
    expect(scripts).not.toContain('assets/vue.js')
    expect(scripts).not.toContain('assets/md-2.js')
    expect(styles).not.toContain('assets/index.css')
    expect(firstScreenFiles(chunks, entry, [])).toEqual({ scripts: [], styles: [] })
  })
})
