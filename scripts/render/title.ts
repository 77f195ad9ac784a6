import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { TitleView } from './view.ts'
import { everyClaimCited } from '../dataset/lint.ts'
import { brandView } from './brand.ts'
import { joinNames } from './context.ts'

export function titleSlide(ctx: DeckContext): Slide {
  const { title, subtitle, author, event } = ctx.data
  const view: TitleView = {
    title,
    subtitle,
    author,
    event,
    subjects: ctx.subjects,
    brand: brandView(ctx.data),
  }
  return {
    title,
    layout: 'cover',
    component: 'TitleSlide',
    view,
    notes: [
      `Welcome. This talk compares ${joinNames(ctx.subjects.map(s => s.name))}, aspect by aspect, and ends with when to pick which.`,
      subtitle ?? '',
      everyClaimCited(ctx.data)
        ? 'Every claim on these slides cites a source: the small numbers beside it, listed on the sources slides at the end.'
        : ctx.data.sources?.length
          ? 'The small numbers beside a claim are its sources, listed on the sources slides at the end.'
          : '',
    ],
  }
}
