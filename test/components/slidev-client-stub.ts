import type * as Client from '@slidev/client'
import { computed, reactive, ref } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'

// A stand-in for '@slidev/client', for the component tests only. Test files
// that mount DecisionMatrix point the import here with
//   vi.mock('@slidev/client', () => import('./slidev-client-stub.ts'))
//
// Why this one stand-in: the real module is Slidev's client source, which
// needs the running Slidev app (its injected slide context, its router, its
// configs and virtual modules) and cannot even be imported in happy-dom.
// DecisionMatrix only needs the router (for the `w<page>` query that keeps its
// weights in the link), its slide's page number and render context, whether
// its slide is the active one, and a synced state (setup/decision-room.ts);
// so these give it a real vue-router router on memory history, fixed values,
// and a synced state that stays in this one window. The real module is
// exercised in Chromium by test/browser/, which renders every slide of the
// built site and of the dev server.
//
// Every export is typed from setup/slidev-client.d.ts (the part of Slidev's
// API this project uses), so the stand-in cannot drift from it.

/** The page number of "the" slide every mounted DecisionMatrix is on. */
export const PAGE = 7

export const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    {
      path: '/:page?',
      component: {
        render: () => null,
      },
    },
  ],
})

export const page = ref(PAGE)

export const useNav: typeof Client.useNav = () => ({
  router,
  currentRoute: computed(() => router.currentRoute.value),
  isPrintMode: computed(() => false),
})

/** Slidev's deck-wide config (headmatter), as a test sets it. */
export const configs: Record<string, unknown> = {}
export const frontmatter: Record<string, unknown> = {}

export const renderContext = ref<'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'>('slide')

export const useSlideContext: typeof Client.useSlideContext = () => ({
  $slidev: {
    configs,
    nav: { total: 12 },
  },
  $frontmatter: frontmatter,
  $page: page,
  $renderContext: renderContext,
})

export const active = ref(true)

export const useIsSlideActive: typeof Client.useIsSlideActive = () => computed(() => active.value)

// Every synced state made, to empty between tests.
const synced: Record<string, unknown>[] = []

/**
 * Slidev's createSyncState without its transports: the state every window
 * would share, kept in this one. Carrying it between windows (the dev
 * server's websocket, a built site's BroadcastChannel) is Slidev's code, run
 * by test/browser/room-sync.test.ts.
 */
export const createSyncState: typeof Client.createSyncState = <State extends object>(_server: State, initial: State) => {
  const state = reactive({ ...initial }) as State
  synced.push(state as Record<string, unknown>)
  return {
    init: () => {},
    onPatch: () => {},
    onUpdate: patch => Object.assign(state, patch),
    patch: <K extends keyof State>(key: K, value: State[K]) => {
      state[key] = value
    },
    state,
  }
}

/** Back to slide PAGE with no query, the slide showing, and nothing synced yet, as a fresh tab would open it. */
export async function resetNav(): Promise<void> {
  page.value = PAGE
  renderContext.value = 'slide'
  active.value = true
  for (const state of synced) {
    for (const key of Object.keys(state))
      delete state[key]
  }
  await router.replace(`/${PAGE}`)
}
