// The deck's own words in English: every text the generator and the
// components write that is not dataset text. This table defines the keys;
// every other language gives the same keys (index.ts), and a dataset's
// `strings:` may replace any one of them.
//
// `{name}` marks a value filled in when the deck is rendered. A key ending in
// `One` is the singular form of the key without it, chosen by the language's
// plural rules (Intl.PluralRules) for the count.

export const en = {
  // Shared
  partTitle: '{title} ({part}/{count})',
  listSeparator: ', ',
  groupSeparator: '; ',
  quote: '"{text}"',

  // Agenda
  agendaTitle: 'Agenda',
  agendaContenders: 'The contenders',
  agendaGlanceDetail: '{n} aspects side by side',
  agendaGlanceDetailOne: '{n} aspect side by side',
  agendaAspects: 'Aspect by aspect',
  agendaMore: 'and {n} more',
  agendaMoreOne: 'and {n} more',
  agendaArchitecture: 'Under the hood',
  agendaArchitectureDetail: 'how each one handles work',
  agendaProsCons: 'Strengths and trade-offs',
  agendaDecision: 'Which one for your project?',

  // Slide titles and the words on slides
  glanceTitle: 'At a glance',
  tableAspect: 'Aspect',
  introTitle: 'Meet {name}',
  introEyebrow: 'Meet',
  introLanguage: 'Language: {language}',
  scoresTitle: 'Scores by aspect',
  scoreOf: '{score} of {max}',
  scoreMeter: 'score {score} of {max}',
  sideBySideTitle: 'Side by side',
  releasesTitle: 'Releases and support',
  releasesCaption: 'Each bar runs from a release to the end of its support; the line is today.',
  releaseLts: '{version} LTS',
  releaseNoEnd: '{version} (end not announced)',
  releaseRow: '{name} {version}: {from} to {to}',
  releaseRowOpen: '{name} {version}: from {from}, end not announced',
  prosConsTitle: '{name}: strengths and trade-offs',
  prosHeading: 'Strengths',
  consHeading: 'Trade-offs',
  whenToChooseTitle: 'When to choose which',
  decisionTitle: 'Which one for: {scenario}',
  decisionOwnWeights: 'your own weights',
  decisionProfiles: 'Project profiles',
  decisionWeightOf: 'Weight of {aspect}',
  decisionCaption: 'Weighted score, 0 to 100: each aspect\'s 1–5 score times its weight',
  verdictTitle: 'Verdict',
  sourcesTitle: 'Sources',
  sourceChecked: 'checked {date}',

  // Speaker notes
  notesWelcome: 'Welcome. This talk compares {subjects}, aspect by aspect, and ends with when to pick which.',
  notesAllCited: 'Every claim on these slides cites a source: the small numbers beside it, listed on the sources slides at the end.',
  notesSomeCited: 'The small numbers beside a claim are its sources, listed on the sources slides at the end.',
  notesAgenda: 'Set expectations: first what {subjects} are, then a one-slide overview, then each aspect in turn, and finally a recommendation.',
  notesIntro: '{name}: {tagline}.',
  notesHomepage: 'Home page: {url}',
  notesGlance: 'One row per aspect; each gets its own slide next, with details and a score.',
  notesGlanceContinued: 'The rest of the overview.',
  notesGlanceRows: 'Rows here: {rows}.',
  notesScores: 'Scores run from 1 to 5, 5 being strongest; each aspect slide says why.',
  notesScoresRow: '{aspect}: {scores}.',
  notesInShort: 'In short: {cells}.',
  notesInShortItem: '{name}, {cell}',
  notesAspectScores: 'Scores (1 to 5): {scores}.',
  notesContinued: '{title}, continued.',
  notesExample: 'The same task in {columns}.',
  notesExampleColumn: '{name} ({language}, {lines})',
  codeLines: '{n} lines',
  codeLinesOne: '{n} line',
  notesDiagram: 'Walk through {title} from one end to the other.',
  notesDiagramSmall: 'Check this diagram on the projector: its labels come out at about {size} px, below the {min} px a diagram should have on its own slide. Shorter labels or fewer nodes help.',
  notesNoSideBySide: 'There is no slide with all {n} diagrams side by side: sharing one slide, their labels would come out at about {size} px, below the {min} px the back of the room can read. Compare them by going back through the diagram slides: {diagrams}.',
  notesSideBySide: 'The same request, {n} models: {diagrams}.',
  notesSideBySideTwo: 'The same request, two models: {diagrams}.',
  notesSideBySideHint: 'Point out where each one waits for I/O and where it runs your code; that is where the concurrency differences come from.',
  notesReleases: 'Each bar runs from a release to the end of its support; the line marks today. Plan upgrades before a bar ends.',
  notesRelease: '{release}.',
  notesReleasesCrowded: 'Check this chart on the projector: {labels} will not fit their bars and may run into the subject names. A shorter version label helps.',
  notesReleasesCrowdedOne: 'Check this chart on the projector: {labels} will not fit its bar and may run into the subject names. A shorter version label helps.',
  notesPros: 'Strengths. {items}',
  notesCons: 'Trade-offs. {items}',
  notesBestFor: '{name} fits: {items}.',
  notesBestForNone: 'nothing more listed here',
  notesProfile: 'A project profile: {scenario}.',
  notesWeights: 'Weights: {weights}. Result: {result}.',
  notesWeightsNone: 'none',
  notesFormula: 'Score = 100 × Σ(weight × score) ÷ Σ(weight × 5), over the aspects that have scores; weights run 0 to 3.',
  notesDecisionHint: 'Drag a slider or pick another profile to ask the room what matters to them; the link in the address bar keeps the weights.',
  notesVerdict: 'Sum up.',
  notesVerdictContinued: 'The verdict, continued.',
  notesSources: 'Numbers match the markers on the aspect slides. Links are live in the browser and the PDF.',
  notesCitations: 'Sources: {sources}',
} as const

export type MessageKey = keyof typeof en

/** A language's messages: a text for every key English has, and no other. */
export type Messages = { readonly [K in MessageKey]: string }
