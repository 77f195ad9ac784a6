import type { Dataset } from './dataset/schema.ts'
import type { SectionName } from './render/deck.ts'
import { posix } from 'node:path'
import { stringify } from 'yaml'
import { deckSections, headerPath, headmatter } from './render/deck.ts'

export interface TalkOptions {
  /** The dataset's path, as `npm run dev` takes it. */
  data: string
  /** The sections folder, relative to the talk file. */
  sections: string
  /** The talk file's own name, for the command that presents it. */
  talk: string
  exportName: string
}

/** A slide the speaker writes: a title, a body to replace, and notes. */
function ownSlide(title: string, body: string, notes: string): string {
  return `---
layout: default
---

# ${title}

${body}

<!--
${notes}
-->
`
}

const OWN_SLIDES: Partial<Record<SectionName, string>> = {
  title: ownSlide('About me', `- TODO: your name and role
- TODO: why you compared these`, 'TODO: what the audience should know about you, in two sentences.'),
  aspects: ownSlide('What this means for us', `- TODO: the point that matters most for your team
- TODO: what you will try first`, 'TODO: your own slide between the generated sections; add as many as you like.'),
  verdict: ownSlide('Thank you', 'TODO: your contact details, and where to find the slides', 'TODO: take questions. For a QR code, put its image in public/ (public/qr.png) and show it on this slide with `![QR code](/qr.png)`.'),
}

/**
 * A speaker's own deck: the headmatter, each of the dataset's sections
 * imported with Slidev's `src:`, and slides to edit before, between and after
 * them (after the title, after the aspects, before the sources). Written
 * once; regenerating the sections never touches it.
 */
export function scaffoldTalk(data: Dataset, options: TalkOptions): string {
  const head = Object.fromEntries(Object.entries(headmatter(data, { source: options.data, exportName: options.exportName }))
    .filter(([, v]) => v !== undefined))
  const parts = deckSections(data)
    .filter(s => s.slides.length)
    .flatMap(({ name }, i) => {
      const src = `./${posix.join(options.sections.split('\\').join('/'), `${name}.md`)}`
      // Plain YAML: the speaker edits this file. Slidev applies an importing slide's
      // frontmatter to each slide it imports, so only the first import carries the headmatter.
      const matter = stringify(i === 0
        ? { ...head, src }
        : { src }).trimEnd()
      const first = i === 0
        ? `# Your talk around ${headerPath(posix.basename(options.data))}: edit this file freely; npm run generate never writes it.\n# Present it live: npm run dev -- --data ${headerPath(options.data)} --talk ${headerPath(options.talk)}\n`
        : ''
      const own = OWN_SLIDES[name]
      return [
        `---\n${first}${matter}\n---\n`,
        ...own
          ? [own]
          : [],
      ]
    })
  return parts.join('\n')
}
