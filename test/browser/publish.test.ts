import type { DeckSlide } from './harness.ts'
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { suiteResources } from '../support/resources.ts'
import { allText, notePhrases, readDeck, ROOT } from './harness.ts'

// `versus build --without-notes`, the way to publish a deck: the speaker notes
// (fact-checks, asides) stay with the speaker. built-deck.test.ts checks that
// the same phrases are in a build with notes, so this cannot pass by accident.

const run = promisify(execFile)
const use = suiteResources()
let outDir: string
let slides: DeckSlide[]

beforeAll(async () => {
  outDir = await use(mkdtemp(join(tmpdir(), 'versus-publish-')), dir => rm(dir, { recursive: true, force: true }))
  ;[slides] = await Promise.all([
    readDeck(),
    run(process.execPath, [
      'scripts/versus.ts',
      'build',
      '--without-notes',
      '-o',
      outDir,
    ], {
      cwd: ROOT,
      env: { ...process.env, CI: 'true' },
    }),
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
