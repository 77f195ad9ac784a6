import type { DecisionRoom } from '../../setup/decision-room.ts'

// What `server-reactive:versusDecisions` gives where no Slidev dev server
// answers it (vitest.config.ts points the import here for the component
// tests): nothing, so setup/decision-room.ts starts with an empty room, as a
// built site does.
const room: DecisionRoom | undefined = undefined
export default room
