import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { SubjectIntroView } from './view.ts'
import { citationNote, citationsFor } from './context.ts'

export function subjectIntroSlides(ctx: DeckContext): Slide[] {
  const { l } = ctx
  // The label around the language, split where the language goes, so the component can set it bold.
  const [before = '', after = ''] = l.messages.introLanguage.split('{language}')
  return ctx.data.subjects.map((s, i) => {
    const view: SubjectIntroView = {
      subject: ctx.subjects[i]!,
      language: s.language,
      homepage: s.homepage,
      summary: s.summary,
      citations: citationsFor(ctx, s.sources),
      labels: {
        eyebrow: l.t('introEyebrow'),
        language: [before, after],
      },
    }
    return {
      title: l.t('introTitle', { name: s.name }),
      layout: 'default',
      component: 'SubjectIntro',
      view,
      notes: [
        l.t('notesIntro', { name: s.name, tagline: s.tagline }),
        s.summary ?? '',
        s.homepage
          ? l.t('notesHomepage', { url: s.homepage })
          : '',
        citationNote(l, view.citations),
      ],
    }
  })
}
