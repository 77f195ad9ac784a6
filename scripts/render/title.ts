import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { TitleView } from './view.ts'
import { joinNames } from './context.ts'

export function titleSlide(ctx: DeckContext): Slide {
  const { title, subtitle, author, event } = ctx.data
  const view: TitleView = {
    title,
    subtitle,
    author,
    event,
    subjects: ctx.subjects,
  }
  return {
    title,
    layout: 'cover',
    component: 'TitleSlide',
    view,
    notes: [
      `Welcome. This talk compares ${joinNames(ctx.subjects.map(s => s.name))}, aspect by aspect, and ends with when to pick which.`,
      subtitle ?? '',
      'Every claim on these slides cites a source; the sources slide at the end lists them all.',
    ],
  }
}
