import type { MessageKey } from '../../../scripts/render/locale/index.ts'
import { describe, expect, it } from 'vitest'
import { en, isLocaleTag, LOCALES, localizer, MESSAGE_KEYS, shippedMessages } from '../../../scripts/render/locale/index.ts'
import { fill, placeholders } from '../../../scripts/render/locale/template.ts'
import { titleText } from '../../../scripts/render/markdown.ts'

const TRANSLATIONS = Object.entries(LOCALES).filter(([tag]) => tag !== 'en')

describe('the message tables', () => {
  it('ship English and five translations', () => {
    expect(Object.keys(LOCALES).sort()).toEqual(['de', 'en', 'es', 'fr', 'ja', 'vi'])
  })

  it.each(TRANSLATIONS)('%s has every key English has, and no other', (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual([...MESSAGE_KEYS].sort())
  })

  it.each(TRANSLATIONS)('%s fills in what English fills in (a singular may name its count in words)', (_, messages) => {
    const wrong = MESSAGE_KEYS.filter((key) => {
      const own = placeholders(messages[key])
      const english = placeholders(en[key])
      return key.endsWith('One')
        ? own.some(p => !english.includes(p))
        : own.sort().join() !== english.sort().join()
    })
    expect(wrong).toEqual([])
  })

  it.each(TRANSLATIONS)('%s is a translation, not a copy of English', (_, messages) => {
    // Only texts without words may stay the same: "{title} ({part}/{count})", "{version} LTS".
    const same = MESSAGE_KEYS.filter(key => messages[key] === en[key] && /\p{L}{3}/u.test(en[key].replace(/\{\w+\}/g, '')))
    expect(same.filter(key => key !== 'releaseLts' && key !== 'agendaTitle' && key !== 'verdictTitle' && key !== 'sourcesTitle')).toEqual([])
  })

  it.each(Object.entries(LOCALES))('%s has no empty text', (_, messages) => {
    expect(Object.entries(messages).filter(([, text]) => !/\S/.test(text))).toEqual([])
  })

  it.each(Object.entries(LOCALES))('%s keeps slide titles plain, so Slidev\'s outline and the PDF\'s show them as written', (_, messages) => {
    const titles: MessageKey[] = [
      'partTitle',
      'glanceTitle',
      'introTitle',
      'scoresTitle',
      'sideBySideTitle',
      'releasesTitle',
      'prosConsTitle',
      'whenToChooseTitle',
      'decisionTitle',
      'verdictTitle',
      'sourcesTitle',
      'agendaTitle',
    ]
    const filled = titles.map(key => fill(messages[key], {
      title: 'Node',
      name: 'Node',
      scenario: 'Web',
      part: 1,
      count: 2,
    }))
    expect(filled.filter(title => titleText(title) !== title)).toEqual([])
  })
})

describe('templates', () => {
  it('fill every placeholder once, and never read a value as a template', () => {
    expect(fill('{a} and {b}, {a}', { a: 'x', b: '{a}' })).toBe('x and {a}, x')
  })

  it('leave a placeholder with no value as written', () => {
    expect(fill('{a} {missing}', { a: 1 })).toBe('1 {missing}')
  })

  it('list their placeholders once each', () => {
    expect(placeholders('{n} of {max}, {n}')).toEqual(['n', 'max'])
    expect(placeholders('no {} {1a-b} placeholders')).toEqual([])
  })
})

describe('localizer', () => {
  it('gives English for no tag, and for a tag that is not BCP 47', () => {
    expect(localizer().t('glanceTitle')).toBe('At a glance')
    expect(localizer('not a tag').tag).toBe('en')
  })

  it('picks the words by language and keeps the whole tag for dates', () => {
    const austrian = localizer('de-AT')
    expect(austrian.tag).toBe('de-AT')
    expect(austrian.t('glanceTitle')).toBe('Auf einen Blick')
    // Austrian German names January "Jänner".
    expect(austrian.date('2026-01-15')).toBe('15.01.2026')
    expect(new Intl.DateTimeFormat('de-AT', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-01-15T00:00:00Z'))).toContain('Jänner')
  })

  it('writes a fixed date as each language does, whatever the time zone', () => {
    const dates = Object.fromEntries(Object.keys(LOCALES).map(tag => [
      tag,
      localizer(tag).date('2026-01-15'),
    ]))
    expect(dates).toEqual({
      en: 'Jan 15, 2026',
      de: '15.01.2026',
      es: '15 ene 2026',
      fr: '15 janv. 2026',
      ja: '2026/01/15',
      vi: '15 thg 1, 2026',
    })
    // The last day of a year stays in that year west and east of Greenwich.
    expect(localizer('en').date('2025-12-31')).toBe('Dec 31, 2025')
  })

  it('writes numbers and lists as the language does', () => {
    expect(localizer('en').number(82.9)).toBe('82.9')
    expect(localizer('de').number(82.9)).toBe('82,9')
    expect(localizer('de').list(['Go', 'Rust', 'Zig'])).toBe('Go, Rust und Zig')
    expect(localizer('ja').list(['Go', 'Rust', 'Zig'])).toBe('Go、Rust、Zig')
    expect(localizer('en').list(['Node.js', 'Django'])).toBe('Node.js and Django')
  })

  it('fills numbers as the language writes them', () => {
    expect(localizer('de').t('notesDiagramSmall', { size: 1234.5, min: 18 })).toContain('1.234,5 px')
  })

  it('chooses the singular by the language\'s plural rules', () => {
    const english = localizer('en')
    expect(english.plural('codeLines', 1, { n: 1 })).toBe('1 line')
    expect(english.plural('codeLines', 2, { n: 2 })).toBe('2 lines')
    expect(english.plural('codeLines', 0, { n: 0 })).toBe('0 lines')
    // French counts 0 as singular; Japanese has no plural.
    expect(localizer('fr').plural('codeLines', 0, { n: 0 })).toBe('0 ligne')
    expect(localizer('ja').plural('codeLines', 1, { n: 1 })).toBe('1行')
  })

  it('lets `strings` replace single texts, the others staying the language\'s own', () => {
    const l = localizer('de', { verdictTitle: 'Unsere Empfehlung', glanceTitle: undefined })
    expect(l.t('verdictTitle')).toBe('Unsere Empfehlung')
    expect(l.t('glanceTitle')).toBe('Auf einen Blick')
    expect(l.messages.verdictTitle).toBe('Unsere Empfehlung')
    // The shipped table itself is never changed.
    expect(LOCALES.de!.verdictTitle).toBe('Fazit')
  })

  it('gives a language versus does not ship English words, its own dates, and the words `strings` gives', () => {
    expect(shippedMessages('pt-BR')).toBeUndefined()
    const l = localizer('pt-BR', { sourcesTitle: 'Fontes' })
    expect(l.t('glanceTitle')).toBe('At a glance')
    expect(l.t('sourcesTitle')).toBe('Fontes')
    expect(l.date('2026-01-15')).toBe('15 de jan. de 2026')
  })

  it('knows a language tag when it sees one', () => {
    for (const tag of [
      'en',
      'de-AT',
      'ja-JP',
      'zh-Hant-TW',
      'sr-Latn',
    ])
      expect(isLocaleTag(tag), tag).toBe(true)
    for (const tag of [
      '',
      'de_DE',
      'x',
      '12',
      'en-',
      'en--GB',
    ])
      expect(isLocaleTag(tag), tag).toBe(false)
  })
})
