declare module 'mermaid/dist/mermaid.esm.mjs' {
  import mermaid from 'mermaid'

  export default mermaid
}

// The dev server's copy of the decision slides' state (setup/decision-room.ts).
declare module 'server-reactive:versusDecisions' {
  import type { DecisionRoom } from './decision-room.ts'

  const room: DecisionRoom | undefined
  export default room
}

// Slidev's list of slides, as its client imports it (@slidev/client/logic/slides.ts).
declare module '#slidev/slides' {
  import type { SlideInfo, SlideRoute } from '@slidev/types'
  import type { ShallowRef } from 'vue'

  export const slides: ShallowRef<{ no: number, meta: { slide: SlideInfo }, load: SlideRoute['load'] }[]>
}
