// The page tells the dev server when it first shows a slide (setup/main.ts),
// so that work the deck does not need until later, the live-data generator
// (live-data.ts), starts once the speaker sees the deck instead of competing
// with it for the CPU as it opens.

/** The custom HMR event the page sends once, when its first slide is on screen. */
export const DECK_SHOWN = 'versus:deck-shown'
