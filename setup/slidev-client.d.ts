// The part of Slidev's client API this project uses. Slidev ships its client
// as TypeScript source that does not type-check under this project's strict
// settings, so `tsconfig.json` points the import here instead.
import type { ComputedRef, Ref } from 'vue'
import type { RouteLocationNormalized, Router } from 'vue-router'

export function useDarkMode(): {
  isDark: Ref<boolean>
  toggleDark: () => void
}

export function useNav(): {
  router: Router
  currentRoute: ComputedRef<RouteLocationNormalized>
  isPrintMode: ComputedRef<boolean>
}

export function useIsSlideActive(): ComputedRef<boolean>

export function useSlideContext(): {
  $slidev: { configs: Record<string, unknown>, nav: { total: number } }
  $frontmatter: Record<string, unknown>
  $page: Ref<number>
  $renderContext: Ref<'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'>
}

/**
 * State kept in step across every window of the deck: through the dev
 * server when there is one, else through a BroadcastChannel (a built site).
 * https://github.com/slidevjs/slidev/blob/main/packages/client/state/syncState.ts
 */
export function createSyncState<State extends object>(serverState: State, defaultState: State, persist?: boolean): {
  init: (channelKey: string) => void
  onPatch: (fn: (state: State) => void) => void
  onUpdate: (patch: Partial<State>) => void
  patch: <K extends keyof State>(key: K, value: State[K]) => void
  state: State
}
