import type { DeckSlide } from './browser/harness.ts'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDeck } from './browser/harness.ts'
import { pageSizes, pageTexts, plainNote, runScript, textRuns } from './support/pdf.ts'

// `npm run export:notes`: Slidev's notes print page, printed with the located Chromium.

let dir: string
let pdf: string
let stdout: string
let slides: DeckSlide[]

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'versus-notes-test-'))
  pdf = join(dir, 'deck-notes.pdf')
  slides = await readDeck()
  const result = await runScript([
    'scripts/versus.ts',
    'export',
    '--format',
    'notes',
    'slides.md',
    '--out',
    pdf,
  ])
  expect(result.code, result.stderr).toBe(0)
  stdout = result.stdout
}, 120_000)

afterAll(() => rm(dir, { recursive: true, force: true }))

describe('npm run export:notes', () => {
  it('writes the PDF and prints its path', async () => {
    expect(existsSync(pdf)).toBe(true)
    expect(stdout.trim().split('\n').at(-1)).toBe(pdf)
    expect((await pageSizes(pdf)).length).toBeGreaterThan(1)
  })

  it('holds the deck title and the notes of every slide, in order', async () => {
    const flat = (await pageTexts(pdf)).join('').replace(/\s+/g, '')
    expect(flat.startsWith(plainNote(slides[0]!.title))).toBe(true)
    let at = 0
    for (const slide of slides) {
      const found = flat.indexOf(plainNote(slide.note), at)
      expect(found, `notes of slide ${slide.no}`).toBeGreaterThanOrEqual(at)
      at = found
    }
  })

  it('heads each note with its slide number, as Slidev does', async () => {
    const runs = (await textRuns(pdf)).flat().map(run => run.trim())
    let at = 0
    for (const slide of slides) {
      const found = runs.indexOf(`${slide.no}/${slides.length}`, at)
      expect(found, `slide ${slide.no}`).toBeGreaterThanOrEqual(at)
      at = found
    }
  })
})

describe('without a browser', () => {
  it('says how to install one and exits 1, without a stack trace', async () => {
    const result = await runScript([
      'scripts/versus.ts',
      'export',
      '--format',
      'notes',
      '--out',
      join(tmpdir(), 'versus-never-notes.pdf'),
    ], { CHROMIUM_PATH: '/nonexistent' })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('apt-get install')
    expect(result.stderr).not.toMatch(/^ {4}at /m)
    expect(existsSync(join(tmpdir(), 'versus-never-notes.pdf'))).toBe(false)
  })
})
