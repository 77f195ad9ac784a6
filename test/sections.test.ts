import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadDataset } from '../scripts/dataset/load.ts'
import { loadDeckFile } from '../scripts/deck-file.ts'
import { generate } from '../scripts/generate.ts'
import { deckSlides, SECTIONS } from '../scripts/render/deck.ts'
import { exampleSnippets } from '../scripts/render/examples.ts'
import { loadHighlight } from '../scripts/render/highlight.ts'
import { slideView } from '../scripts/render/slide.ts'
import { scaffoldTalk } from '../scripts/talk.ts'

// A speaker's own deck imports the comparison by section: the sections hold
// exactly the deck's slides, and Slidev's own loader puts the talk together.

const fixture = (p: string) => fileURLToPath(new URL(`./fixtures/${p}`, import.meta.url))

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'versus-sections-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function dataset(path: string) {
  const loaded = await loadDataset(path)
  if (!loaded.ok)
    throw new Error('fixture is invalid')
  return loaded.dataset
}

describe('generate --sections', () => {
  it('writes a file per non-empty section that together hold the deck\'s slides, in order', async () => {
    const data = fixture('valid/full-3.yaml')
    const sections = join(dir, 'sections')
    expect(await generate({ data, sections })).toEqual({ status: 'written', slides: 29 })
    const files = (await readdir(sections)).sort()
    expect(files.every(f => SECTIONS.includes(f.replace(/\.md$/, '') as typeof SECTIONS[number]))).toBe(true)
    const slides = []
    for (const name of SECTIONS) {
      if (files.includes(`${name}.md`))
        slides.push(...(await loadDeckFile(join(sections, `${name}.md`))).slides.map(s => slideView(s.frontmatter)))
    }
    const d = await dataset(data)
    expect(slides).toEqual(deckSlides(d, await loadHighlight(exampleSnippets(d).map(s => s.language))).map(s => JSON.parse(JSON.stringify(s.view))))
  })

  it('is unchanged on a second run, stale under --check after an edit, and drops a section the data no longer fills', async () => {
    const data = join(dir, 'deck.yaml')
    await writeFile(data, await readFile(fixture('valid/full-3.yaml'), 'utf8'))
    const sections = join(dir, 'sections')
    await generate({ data, sections })
    expect((await generate({ data, sections })).status).toBe('unchanged')
    expect((await generate({ data, sections, check: true })).status).toBe('up-to-date')
    const yaml = await readFile(data, 'utf8')
    expect(yaml).toMatch(/^examples:/m)
    await writeFile(data, yaml.replace(/^examples:\n(?: {2}.*\n|\n)*/m, ''))
    expect((await generate({ data, sections, check: true })).status).toBe('stale')
    expect(await readdir(sections)).toContain('examples.md')
    expect((await generate({ data, sections })).status).toBe('written')
    expect(await readdir(sections)).not.toContain('examples.md')
  })
})

describe('scaffoldTalk', () => {
  it('imports every section, with the speaker\'s slides after the title, after the aspects and before the sources', async () => {
    const data = fixture('valid/full-3.yaml')
    const sections = join(dir, 'sections', 'full-3')
    await generate({ data, sections })
    const talk = join(dir, 'full-3.talk.md')
    await writeFile(talk, scaffoldTalk(await dataset(data), {
      data: 'data/full-3.yaml',
      sections: 'sections/full-3',
      talk: 'full-3.talk.md',
      exportName: 'full-3',
    }))
    const loaded = await loadDeckFile(talk)
    const generated = deckSlides(await dataset(data))
    const titles = loaded.slides.map(s => s.title)
    expect(loaded.slides).toHaveLength(generated.length + 3)
    const own = ['About me', 'What this means for us', 'Thank you']
    expect(titles.filter(t => own.includes(t!))).toEqual(own)
    expect(titles[1]).toBe('About me')
    expect(titles.at(-1 - generated.filter(s => s.component === 'SourceList').length)).toBe('Thank you')
    const lastAspect = titles.findLastIndex((_, i) => loaded.slides[i]!.content.includes('<AspectCompare '))
    expect(titles[lastAspect + 1]).toBe('What this means for us')
    // The generated slides keep their order and their notes; the talk's headmatter is the deck's.
    expect(loaded.slides.filter(s => !own.includes(s.title!)).map(s => s.note)).toEqual(generated.map(s => expect.stringContaining(s.notes[0]!.slice(0, 12))))
    expect(loaded.headmatter).toMatchObject({ canvasWidth: 980, exportFilename: 'exports/full-3', title: generated[0]!.title })
  })
})
