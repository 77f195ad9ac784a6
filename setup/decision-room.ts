import type { Weights } from '../scripts/scoring.ts'
import { createSyncState } from '@slidev/client'
// Deep import, on purpose: Slidev has no public way to declare a state of
// one's own on the dev server, so this asks its server-ref plugin
// (vite-plugin-vue-server-ref) for a key of its own, as Slidev does for its
// navigation (`server-reactive:nav` in
// https://github.com/slidevjs/slidev/blob/main/packages/client/state/shared.ts).
// Over Vite's HMR websocket, every browser that opened the dev server gets the
// changes (a phone in remote mode too). The key must exist on the server
// before a page asks for it: vite.config.ts starts it empty
// (https://github.com/slidevjs/slidev/blob/main/packages/slidev/node/vite/serverRef.ts).
// Not `?diff`, as drawings use: its client diffs against the last state it
// received, not the last it sent, so going back to that state sends no patch
// at all, and the server then sets the whole state to nothing
// (vite-plugin-vue-server-ref 1.0.0, dist/index.mjs). The whole room goes each time instead; it is a few short entries.
import serverRoom from 'server-reactive:versusDecisions'
import { encodeWeights } from '../scripts/scoring.ts'

/** What a decision slide shows: the weights, and the profile they come from (null: the audience's own). */
export interface DecisionChoice {
  /** The weights as the link writes them (encodeWeights), and read back the same way. */
  weights: string
  picked: number | null
}

/** Every decision slide's choice, by slide number (`$page`). */
export type DecisionRoom = Record<string, DecisionChoice | undefined>

// createSyncState is Slidev's public API for this, the one its own navigation,
// timer and drawings use (packages/client/state/shared.ts): with a dev server
// the state is the server's copy above; without one (a built site) it starts
// empty and Slidev keeps the windows of one browser in step through a
// BroadcastChannel named by init(). Either way one path only, so nothing is
// sent twice or echoed back: a change that arrives is applied, not sent on.
// (A dev server without the key, say a vite.config.ts without the seed, gives
// no server copy: each window then keeps its own.)
// https://github.com/slidevjs/slidev/blob/main/packages/client/state/syncState.ts
const { init, patch, state } = createSyncState<DecisionRoom>(serverRoom ?? {}, {})
init('versus-decision-matrix')

/** The decision slides' state, the same in every window of the deck. */
export const room: Readonly<DecisionRoom> = state

/** Tells every window what slide `page` now shows. */
export function share(page: number, weights: Weights, picked: number | null): void {
  patch(String(page), {
    weights: encodeWeights(weights),
    picked,
  })
}
