import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { SubjectIntroView } from './view.ts'
import { citationNote, citationsFor } from './context.ts'

export function subjectIntroSlides(ctx: DeckContext): Slide[] {
  return ctx.data.subjects.map((s, i) => {
    const view: SubjectIntroView = {
      subject: ctx.subjects[i]!,
      language: s.language,
      homepage: s.homepage,
      summary: s.summary,
      citations: citationsFor(ctx, s.sources),
    }
    return {
      title: `Meet ${s.name}`,
      layout: 'default',
      component: 'SubjectIntro',
      view,
      notes: [
        `${s.name}: ${s.tagline}.`,
        s.summary ?? '',
        s.homepage
          ? `Home page: ${s.homepage}`
          : '',
        citationNote(view.citations),
      ],
    }
  })
}
