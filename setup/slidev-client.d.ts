// The part of Slidev's client API this project uses. Slidev ships its client
// as TypeScript source that does not type-check under this project's strict
// settings, so `tsconfig.json` points the import here instead.
import type { Ref } from 'vue'

export function useDarkMode(): {
  isDark: Ref<boolean>
  toggleDark: () => void
}
