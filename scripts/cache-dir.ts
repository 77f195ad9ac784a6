import { findPackageJSON } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * node_modules/.cache/versus, or a folder in it: where versus keeps what it
 * can make again (the unpacked Chromium, Shiki's colours), beside the caches
 * of Vite and ESLint, and gone with a fresh install.
 */
export function versusCache(...parts: string[]): string {
  // Vite, a dependency of the project's own, sits directly in node_modules.
  const nodeModules = dirname(dirname(findPackageJSON('vite', import.meta.url)!))
  return join(nodeModules, '.cache', 'versus', ...parts)
}
