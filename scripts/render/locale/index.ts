import type { MessageKey, Messages } from './en.ts'
import type { Placeholders } from './template.ts'
import { de } from './de.ts'
import { en } from './en.ts'
import { es } from './es.ts'
import { fr } from './fr.ts'
import { ja } from './ja.ts'
import { fill } from './template.ts'
import { vi } from './vi.ts'

export type { MessageKey, Messages } from './en.ts'
export { en } from './en.ts'

/** The languages whose messages ship with versus, by their BCP 47 language subtag. */
export const LOCALES: Readonly<Record<string, Messages>> = { en, de, es, fr, ja, vi }

export const DEFAULT_LOCALE = 'en'

/** The keys, in the order en.ts gives them. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[]

/** A well-formed BCP 47 tag that Intl accepts: `en`, `de-AT`, `ja-JP`, `zh-Hant`. */
export function isLocaleTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  }
  catch {
    return false
  }
}

/** The shipped messages for `tag` (its language subtag), or undefined when versus has none. */
export function shippedMessages(tag: string): Messages | undefined {
  return isLocaleTag(tag)
    ? LOCALES[new Intl.Locale(tag).language]
    : undefined
}

type Params<K extends MessageKey> = Readonly<Record<Placeholders<(typeof en)[K]>, string | number>>
/** No argument for a message without placeholders; its values for one with. */
type ParamArgs<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never]
  ? []
  : [params: Params<K>]
/** Keys that have a singular form (`fooOne` beside `foo`). */
export type PluralKey = { [K in MessageKey]: `${K}One` extends MessageKey ? K : never }[MessageKey]

export interface Localizer {
  /** The deck's language, as a canonical BCP 47 tag. */
  tag: string
  messages: Messages
  /** The message, its placeholders filled; numbers formatted for the language. */
  t: <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string
  /** The singular form (`keyOne`) when the language's plural rules say `count` is one, else `key`. */
  plural: <K extends PluralKey>(key: K, count: number, ...params: ParamArgs<K>) => string
  /** A number as the language writes it: 82.9, 82,9. */
  number: (n: number) => string
  /** A `YYYY-MM-DD` date, as the language writes dates. */
  date: (iso: string) => string
  /** Names joined as the language joins a list: "A, B and C". */
  list: (items: readonly string[]) => string
}

/**
 * The words of a deck in `tag`: the shipped messages of its language
 * (English for a language versus has none of), with `overrides` (a dataset's
 * `strings:`) replacing single keys. Dates and lists follow `tag` itself, so
 * a deck in a language versus does not ship still gets them right.
 */
export function localizer(tag: string = DEFAULT_LOCALE, overrides: Partial<Record<MessageKey, string | undefined>> = {}): Localizer {
  const canonical = isLocaleTag(tag)
    ? Intl.getCanonicalLocales(tag)[0]!
    : DEFAULT_LOCALE
  const messages: Messages = {
    ...shippedMessages(canonical) ?? en,
  }
  for (const key of MESSAGE_KEYS) {
    const text = overrides[key]
    if (text !== undefined)
      (messages as Record<MessageKey, string>)[key] = text
  }
  const numbers = new Intl.NumberFormat(canonical)
  // Dates are days, not instants: formatted in UTC, so no time zone moves them.
  const dates = new Intl.DateTimeFormat(canonical, { dateStyle: 'medium', timeZone: 'UTC' })
  const lists = new Intl.ListFormat(canonical, { type: 'conjunction' })
  const plurals = new Intl.PluralRules(canonical)
  // Intl formatting is slow next to everything else a slide needs, and a deck
  // writes the same few numbers (scores, counts, parts) over and over.
  const formatted = new Map<number, string>()
  const number = (n: number) => {
    let text = formatted.get(n)
    if (text === undefined)
      formatted.set(n, text = numbers.format(n))
    return text
  }
  const show = (value: string | number) => typeof value === 'number'
    ? number(value)
    : value
  const format = (template: string, params: Readonly<Record<string, string | number>> = {}) => fill(template, params, show)
  return {
    tag: canonical,
    messages,
    t: (key, ...params) => format(messages[key], params[0]),
    plural: (key, count, ...params) => format(plurals.select(count) === 'one'
      ? messages[`${key}One`]
      : messages[key], params[0]),
    number,
    date: iso => dates.format(new Date(`${iso}T00:00:00Z`)),
    list: items => lists.format(items),
  }
}
