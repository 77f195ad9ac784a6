import type { DeckSlide } from './harness.ts'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { suiteResources } from '../support/resources.ts'
import { allText, notePhrases, readDeck, versus } from './harness.ts'

// `versus build --without-notes`, the way to publish a deck: the speaker notes
// (fact-checks, asides) stay with the speaker. built-deck.test.ts checks that
// the same phrases are in a build with notes, so this cannot pass by accident.

const use = suiteResources()
let outDir: string
let slides: DeckSlide[]

beforeAll(async () => {
  outDir = await use(mkdtemp(join(tmpdir(), 'versus-publish-')), dir => rm(dir, { recursive: true, force: true }))
  ;[slides] = await Promise.all([
    readDeck(),
    versus([
      'build',
      '--without-notes',
      '-o',
      outDir,
    ]),
  ])
}, 180_000)

describe('versus build --without-notes', () => {
  it('leaves no speaker note text in the site, and keeps the slides', async () => {
    const text = await allText(outDir)
    const phrases = notePhrases(slides)
    expect(phrases.length).toBeGreaterThan(slides.length / 2)
    expect(phrases.filter(p => text.includes(p))).toEqual([])
    // What the slides show is there: the site was built, and only the notes went.
    const titles = slides.map(s => s.title).filter(t => /^[\w .]+$/.test(t))
    expect(titles.length).toBeGreaterThan(5)
    expect(titles.filter(t => !text.includes(t))).toEqual([])
  })
})
