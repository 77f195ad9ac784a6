import { fill } from '../render/locale/template.ts'

// The handout's own words in each language the deck ships. The handout reads
// a deck, not its dataset, so these follow the deck's language (its
// `htmlAttrs.lang`) and are not among the dataset's `strings`.

const en = {
  title: '{title}: handout',
  untitled: 'Slides',
  slide: 'Slide {no}',
  counter: 'Slide {no} / {total}',
  /** The footer counter of a page that shows several slides. */
  counters: 'Slides {from}–{to} / {total}',
  notesLabel: 'Speaker notes',
  noNotes: 'No speaker notes for this slide.',
  footer: 'Speaker notes handout',
  /** The footer of handouts that show slides only (3 and 6 per page). */
  slidesFooter: 'Handout',
}

type HandoutMessages = { readonly [K in keyof typeof en]: string }

export const HANDOUT_MESSAGES: Readonly<Record<string, HandoutMessages>> = {
  en,
  de: {
    title: '{title}: Handout',
    untitled: 'Folien',
    slide: 'Folie {no}',
    counter: 'Folie {no} / {total}',
    counters: 'Folien {from}–{to} / {total}',
    notesLabel: 'Sprechernotizen',
    noNotes: 'Zu dieser Folie gibt es keine Notizen.',
    footer: 'Handout mit Sprechernotizen',
    slidesFooter: 'Handout',
  },
  es: {
    title: '{title}: material de apoyo',
    untitled: 'Diapositivas',
    slide: 'Diapositiva {no}',
    counter: 'Diapositiva {no} / {total}',
    counters: 'Diapositivas {from}–{to} / {total}',
    notesLabel: 'Notas del orador',
    noNotes: 'Esta diapositiva no tiene notas.',
    footer: 'Material de apoyo con notas del orador',
    slidesFooter: 'Material de apoyo',
  },
  fr: {
    title: '{title} : support',
    untitled: 'Diapositives',
    slide: 'Diapositive {no}',
    counter: 'Diapositive {no} / {total}',
    counters: 'Diapositives {from}–{to} / {total}',
    notesLabel: 'Notes de présentation',
    noNotes: 'Pas de notes pour cette diapositive.',
    footer: 'Support avec notes de présentation',
    slidesFooter: 'Support',
  },
  ja: {
    title: '{title}：配布資料',
    untitled: 'スライド',
    slide: 'スライド {no}',
    counter: 'スライド {no} / {total}',
    counters: 'スライド {from}–{to} / {total}',
    notesLabel: '発表者ノート',
    noNotes: 'このスライドにはノートがありません。',
    footer: '発表者ノート付き配布資料',
    slidesFooter: '配布資料',
  },
  vi: {
    title: '{title}: tài liệu phát tay',
    untitled: 'Trang chiếu',
    slide: 'Trang {no}',
    counter: 'Trang {no} / {total}',
    counters: 'Trang {from}–{to} / {total}',
    notesLabel: 'Ghi chú của diễn giả',
    noNotes: 'Trang này không có ghi chú.',
    footer: 'Tài liệu kèm ghi chú của diễn giả',
    slidesFooter: 'Tài liệu phát tay',
  },
}

/** The handout's words for a deck in `lang` (English for a language versus does not ship), filled in. */
export function handoutWords(lang: string): { t: (key: keyof HandoutMessages, params?: Record<string, string | number>) => string } {
  const words = HANDOUT_MESSAGES[lang.split('-')[0]!.toLowerCase()] ?? en
  return {
    t: (key, params = {}) => fill(words[key], params),
  }
}
