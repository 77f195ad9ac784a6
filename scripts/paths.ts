import { basename, extname, join } from 'node:path'

// Where the project's files go, named once: the CLIs, the dev server and the
// scaffold agree on them.

/** The dataset of the deck that `npm run dev` presents out of the box. */
export const DEFAULT_DATA = 'data/node-vs-django.yaml'

/** Where exports go unless told otherwise; git ignores it. */
export const EXPORTS_DIR = 'exports'

const nameOf = (data: string) => basename(data, extname(data))

/** A dataset's own deck, beside slides.md: Slidev finds the project's components beside its entry. */
export function deckFileFor(data: string): string {
  return `${nameOf(data)}.md`
}

/** The generated sections a talk imports, one folder per dataset. */
export function sectionsDirFor(data: string): string {
  return join('sections', nameOf(data))
}

/** A speaker's own deck around a dataset's sections, beside slides.md for the same reason. */
export function talkFileFor(data: string): string {
  return `${nameOf(data)}.talk.md`
}
