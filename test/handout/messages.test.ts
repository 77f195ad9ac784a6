import { describe, expect, it } from 'vitest'
import { HANDOUT_MESSAGES, handoutWords } from '../../scripts/handout/messages.ts'
import { LOCALES } from '../../scripts/render/locale/index.ts'

describe('the handout\'s own words', () => {
  it('exist in every language the deck ships, with the placeholders English has', () => {
    expect(Object.keys(HANDOUT_MESSAGES).sort()).toEqual(Object.keys(LOCALES).sort())
    const placeholders = (text: string) => [
      ...text.matchAll(/\{(\w+)\}/g),
    ].map(m => m[1]).sort()
    for (const [lang, words] of Object.entries(HANDOUT_MESSAGES)) {
      expect(Object.keys(words), lang).toEqual(Object.keys(HANDOUT_MESSAGES.en!))
      for (const [key, text] of Object.entries(words))
        expect(placeholders(text), `${lang}.${key}`).toEqual(placeholders(HANDOUT_MESSAGES.en![key as keyof typeof words]))
    }
  })

  it('follow the deck\'s language, region or not, and fall back to English', () => {
    expect(handoutWords('de').t('counter', { no: 2, total: 30 })).toBe('Folie 2 / 30')
    expect(handoutWords('de-AT').t('slide', { no: 4 })).toBe('Folie 4')
    expect(handoutWords('pt-BR').t('counter', { no: 1, total: 2 })).toBe('Slide 1 / 2')
  })
})
