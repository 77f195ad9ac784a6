import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { TitleView } from './view.ts'
import { everyClaimCited } from '../dataset/lint.ts'
import { brandView } from './brand.ts'

export function titleSlide(ctx: DeckContext): Slide {
  const { title, subtitle, author, event } = ctx.data
  const { l } = ctx
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
    // A theme's cover may paint a background photo (seriph: a random Unsplash image, a grey
    // box offline, with white text); the title slide draws on the deck's own background.
    layoutProps: { background: '' },
    component: 'TitleSlide',
    view,
    notes: [
      l.t('notesWelcome', {
        subjects: l.list(ctx.subjects.map(s => s.name)),
      }),
      subtitle ?? '',
      everyClaimCited(ctx.data)
        ? l.t('notesAllCited')
        : ctx.data.sources?.length
          ? l.t('notesSomeCited')
          : '',
    ],
  }
}
