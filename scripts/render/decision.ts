import type { DeckContext } from './context.ts'
import type { Slide } from './slide.ts'
import type { DecisionView } from './view.ts'
import { ranking, weightedScores } from '../scoring.ts'

export const FORMULA = 'Score = 100 × Σ(weight × score) ÷ Σ(weight × 5), over the aspects that have scores; weights run 0 to 3.'

/** One decision-matrix slide per scenario: live in the browser, one static page each in a PDF. */
export function decisionSlides(ctx: DeckContext): Slide[] {
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
  return scenarios.map((scenario, i) => {
    const title = `Which one for: ${scenario.title}`
    const view: DecisionView = {
      title,
      subjects: ctx.subjects,
      aspects,
      scenarios: all,
      scenario: i,
    }
    const scores = weightedScores(aspects, scenario.weights, ctx.subjects.length)
    const result = ranking(scores).map(j => `${ctx.subjects[j]!.name} ${scores[j]}`).join(', ')
    const weights = aspects.filter(a => a.scores && scenario.weights[a.id]).map(a => `${a.title} ${scenario.weights[a.id]}`).join(', ')
    return {
      title,
      layout: 'default',
      component: 'DecisionMatrix',
      view,
      notes: [
        scenario.notes ?? `A project profile: ${scenario.title}.`,
        `Weights: ${weights || 'none'}. Result: ${result}.`,
        FORMULA,
        'Drag a slider or pick another profile to ask the room what matters to them; the link in the address bar keeps the weights.',
      ],
    }
  })
}
