import type { LoadResult } from '../../scripts/dataset/load.ts'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { formatError } from '../../scripts/dataset/errors.ts'
import { parseDataset } from '../../scripts/dataset/load.ts'
import { deckSlides } from '../../scripts/render/deck.ts'

// `locale` and `strings`: the deck's language, and single texts replaced.

const minimal = await readFile(fileURLToPath(new URL('../fixtures/valid/minimal.yaml', import.meta.url)), 'utf8')
/** The minimal dataset with `extra` added at the top level (lines 15 on). */
const withTop = (extra: string) => parseDataset(`${minimal.trimEnd()}\n${extra}\n`, 'deck.yaml')

function errors(result: LoadResult): string[] {
  if (result.ok)
    throw new Error('expected the dataset to be rejected, but it loaded')
  return result.errors.map(formatError)
}

describe('locale', () => {
  it('is English when absent', () => {
    const result = withTop('')
    expect(result.ok && result.dataset.locale).toBe(undefined)
    expect(result.ok && deckSlides(result.dataset)[1]!.title).toBe('Agenda')
  })

  it.each(['de', 'ja-JP', 'pt-BR', 'zh-Hant'])('accepts the BCP 47 tag %s', (tag) => {
    const result = withTop(`locale: ${tag}`)
    expect(result.ok && result.dataset.locale).toBe(tag)
  })

  it('renders the deck\'s own words in its language', () => {
    const result = withTop('locale: de')
    expect(result.ok && deckSlides(result.dataset).map(s => s.title)).toContain('Auf einen Blick')
  })

  it.each(['de_DE', 'de-', 'en US', 'en--GB'])('rejects %s, naming the field and its place', (tag) => {
    expect(errors(withTop(`locale: ${tag}`))).toEqual(['deck.yaml:15:9: locale: must be a BCP 47 language tag, such as en, de or ja-JP'])
  })
})

describe('strings', () => {
  it('replaces a single text, the others staying the language\'s', () => {
    const result = withTop('locale: de\nstrings:\n  verdictTitle: Unsere Empfehlung\n  glanceTitle: Im Überblick')
    if (!result.ok)
      throw new Error(result.errors.map(formatError).join('\n'))
    expect(result.dataset.strings).toEqual({ verdictTitle: 'Unsere Empfehlung', glanceTitle: 'Im Überblick' })
    const titles = deckSlides(result.dataset).map(s => s.title)
    expect(titles).toContain('Im Überblick')
    expect(titles).toContain('Alpha im Porträt')
  })

  it('rejects an unknown key, pointing at the key', () => {
    expect(errors(withTop('strings:\n  agendaTitle: Plan\n  verdictTitel: Fazit'))).toEqual([
      'deck.yaml:17:3: strings.verdictTitel: unknown field "verdictTitel"',
    ])
  })

  it('rejects a placeholder the English text does not have, and says which it has', () => {
    expect(errors(withTop('strings:\n  introTitle: "Hello {subject}"\n  glanceTitle: "{title}"'))).toEqual([
      'deck.yaml:16:15: strings.introTitle: unknown placeholder {subject} (this text can use {name})',
      'deck.yaml:17:16: strings.glanceTitle: unknown placeholder {title} (this text can use none)',
    ])
  })

  it('accepts a text that leaves a placeholder out', () => {
    expect(withTop('strings:\n  introTitle: "Introducing our first contender"').ok).toBe(true)
  })

  it('rejects an empty text and a text that is not a string', () => {
    expect(errors(withTop('strings:\n  agendaTitle: "  "\n  verdictTitle: 3'))).toEqual([
      'deck.yaml:16:16: strings.agendaTitle: must not be empty',
      'deck.yaml:17:17: strings.verdictTitle: expected string, got number',
    ])
  })
})
