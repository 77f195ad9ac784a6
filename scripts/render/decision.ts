import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { DecisionView } from './view.ts'
import { ranking, weightedScores } from '../scoring.ts'

/** One decision-matrix slide per scenario: live in the browser, one static page each in a PDF. */
export function decisionSlides(ctx: DeckContext): Slide[] {
  const { l } = ctx
  const scenarios = ctx.data.scenarios ?? []
  const aspects = ctx.data.aspects.map(a => ({
    id: a.id,
    title: a.title,
    scores: a.scores
      ? ctx.subjects.map(s => a.scores?.[s.id] ?? 0)
      : undefined,
  }))
  if (!scenarios.length || !aspects.some(a => a.scores))
    return []
  const all = scenarios.map(s => ({ id: s.id, title: s.title, weights: s.weights }))
  const labels: DecisionView['labels'] = {
    title: l.messages.decisionTitle,
    ownWeights: l.t('decisionOwnWeights'),
    profiles: l.t('decisionProfiles'),
    weightOf: l.messages.decisionWeightOf,
    caption: l.t('decisionCaption'),
  }
  return scenarios.map((scenario, i) => {
    const title = l.t('decisionTitle', { scenario: scenario.title })
    const view: DecisionView = {
      title,
      subjects: ctx.subjects,
      aspects,
      scenarios: all,
      scenario: i,
      labels,
    }
    const scores = weightedScores(aspects, scenario.weights, ctx.subjects.length)
    const result = ranking(scores).map(j => `${ctx.subjects[j]!.name} ${l.number(scores[j]!)}`).join(l.messages.listSeparator)
    const weights = aspects.filter(a => a.scores && scenario.weights[a.id]).map(a => `${a.title} ${scenario.weights[a.id]}`).join(l.messages.listSeparator)
    return {
      title,
      layout: 'default',
      component: 'DecisionMatrix',
      view,
      notes: [
        scenario.notes ?? l.t('notesProfile', { scenario: scenario.title }),
        l.t('notesWeights', { weights: weights || l.t('notesWeightsNone'), result }),
        l.t('notesFormula'),
        l.t('notesDecisionHint'),
      ],
    }
  })
}
