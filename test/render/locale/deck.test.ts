import type { Dataset } from '../../../scripts/dataset/schema.ts'
import type { Slide } from '../../../scripts/render/slide.ts'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parse } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../../scripts/dataset/load.ts'
import { deckSlides, renderDeck } from '../../../scripts/render/deck.ts'
import { en, LOCALES, MESSAGE_KEYS } from '../../../scripts/render/locale/index.ts'
import { slideView } from '../../../scripts/render/slide.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const PATH = 'data/node-vs-django.yaml'
const loaded = await loadDataset(`${root}${PATH}`)
if (!loaded.ok)
  throw new Error('the default dataset does not load')
const data: Dataset = loaded.dataset
const yaml = await readFile(`${root}${PATH}`, 'utf8')

/** Every string a value holds, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string')
    return [value]
  if (Array.isArray(value))
    return value.flatMap(strings)
  if (typeof value === 'object' && value !== null)
    return Object.values(value).flatMap(strings)
  return []
}

/** All the text a deck's slides hold, before any escaping: titles, views and notes. */
function textOf(slides: readonly Slide[]) {
  return slides.flatMap(s => [
    s.title,
    ...strings(s.view),
    ...s.notes,
  ]).join('\n')
}

/**
 * The words of every English message: its text between placeholders, in runs
 * long enough to be words, and not also dataset text ("Language" is an aspect).
 */
const ENGLISH_WORDS = [
  ...new Set(MESSAGE_KEYS.flatMap(key => en[key].split(/\{\w+\}/))
    .map(run => run.trim())
    .filter(run => /\p{L}{4}/u.test(run) && !yaml.includes(run.replace(/[^\p{L}\p{N} '-]/gu, '').trim()))),
]

describe.each(Object.keys(LOCALES).filter(tag => tag !== 'en'))('the default dataset in %s', (tag) => {
  const slides = deckSlides({ ...data, locale: tag })
  const text = textOf(slides)

  it('has the same slides as in English', () => {
    expect(slides.map(s => s.component)).toEqual(deckSlides(data).map(s => s.component))
  })

  it('keeps no English words of its own', () => {
    // Words the language shares with English ("Agenda" in German, "Sources" in French) are its own.
    const own = Object.values(LOCALES[tag]!).join('\n')
    expect(ENGLISH_WORDS.length).toBeGreaterThan(60)
    expect(ENGLISH_WORDS.filter(words => text.includes(words) && !own.includes(words))).toEqual([])
  })

  it('parses back into the same slides, with the same notes', async () => {
    const markdown = renderDeck({ ...data, locale: tag }, { source: PATH, exportName: 'deck' })
    const deck = await parse(markdown, `${root}slides.md`)
    expect(deck.slides).toHaveLength(slides.length)
    expect(deck.slides.map(s => slideView(s.frontmatter))).toEqual(slides.map(s => JSON.parse(JSON.stringify(s.view)) as unknown))
    expect(deck.slides[0]!.frontmatter.htmlAttrs).toEqual({ lang: tag })
  })
})

describe('the default dataset in German', () => {
  const slides = deckSlides({ ...data, locale: 'de' })
  const markdown = renderDeck({ ...data, locale: 'de' }, { source: PATH, exportName: 'deck' })

  it('says in German what English says in English', () => {
    const text = textOf(slides)
    const english = [
      'At a glance',
      'Strengths',
      'Trade-offs',
      'When to choose which',
      'Which one for',
      'Weighted score',
      'Verdict',
      'checked Nov',
      'Scores (1 to 5)',
      'Each bar runs from a release',
      'Meet ',
      'Sources: ',
    ]
    // None of them is dataset text, which stays as written.
    expect(english.filter(phrase => yaml.includes(phrase))).toEqual([])
    expect(english.filter(phrase => text.includes(phrase))).toEqual([])
    for (const german of [
      'Auf einen Blick',
      'Stärken',
      'Schwächen',
      'Wann passt was?',
      'Entscheidungshilfe: ',
      'Gewichtete Bewertung',
      'Fazit',
      'geprüft am 25.11.2026',
      'Bewertung (1 bis 5)',
      'Quellen (2/',
      'Jeder Balken reicht vom Release',
      'Node.js und Django',
      'Quellen: ',
    ])
      expect(markdown, german).toContain(german)
  })

  it('writes dates and decimals the German way', () => {
    const notes = slides.flatMap(s => s.notes).join('\n')
    expect(notes).toContain('Node.js 26 LTS: 05.05.2026 bis 30.04.2029.')
    expect(notes).toMatch(/Ergebnis: \S+ \d+,\d/)
  })
})

describe('the default dataset in Japanese', () => {
  const text = textOf(deckSlides({ ...data, locale: 'ja' }))

  it('says it in Japanese', () => {
    for (const japanese of [
      'ひと目で比較',
      '強み',
      'トレードオフ',
      '使い分けの指針',
      'どれを選ぶ: ',
      '結論',
      '出典：',
      '確認日 2026/11/25',
      'スコア（1〜5）：',
      'Node.js 26 LTS：2026/05/05〜2029/04/30。',
    ])
      expect(text, japanese).toContain(japanese)
  })
})

describe('the default dataset with `strings`', () => {
  it('replaces one text and leaves the others', () => {
    const slides = deckSlides({
      ...data,
      locale: 'de',
      strings: { verdictTitle: 'Unsere Empfehlung' },
    })
    const titles = slides.map(s => s.title)
    expect(titles).toContain('Unsere Empfehlung')
    expect(titles).not.toContain('Fazit')
    expect(titles).toContain('Auf einen Blick (1/3)')
  })

  it('keeps replaced texts inert in the markdown, whatever they hold', async () => {
    const hostile = {
      verdictTitle: 'Verdict --> <script>alert(1)</script> {{ 1 + 1 }}',
      notesVerdictContinued: '---\nlayout: cover\n---',
      notesSources: '--> <!-- [link](javascript:alert(1)) *bold*',
      sourcesTitle: '<b>Sources</b>',
      releasesCaption: '{{ $slidev.nav.next() }}',
    }
    const plain = deckSlides(data)
    const markdown = renderDeck({ ...data, strings: hostile }, { source: PATH, exportName: 'deck' })
    const deck = await parse(markdown, `${root}slides.md`)
    expect(deck.slides).toHaveLength(plain.length)
    const views = deck.slides.map(s => slideView(s.frontmatter) as { title?: string, caption?: string })
    expect(views.map(v => v.title)).toContain(hostile.verdictTitle)
    expect(views.map(v => v.caption)).toContain(hostile.releasesCaption)
    for (const slide of deck.slides) {
      const body = slide.raw.slice(slide.raw.indexOf('\n---\n', 3) + 5)
      expect(body.match(/<!--/g)).toHaveLength(1)
      expect(body.match(/-->/g)).toHaveLength(1)
    }
  })
})
