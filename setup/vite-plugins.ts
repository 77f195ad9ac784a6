import type { Plugin } from 'vite'
import { defineVitePluginsSetup } from '@slidev/types'
import { firstScreenPreload } from '../scripts/first-screen-preload.ts'
import { iconSetsOnce } from '../scripts/icon-sets-once.ts'
import { prebuiltMermaid } from '../scripts/prebuilt-mermaid.ts'
import { viewsInSlideChunks } from '../scripts/views-in-slide-chunks.ts'
import { warmSlides } from '../scripts/warm-slides.ts'

/**
 * Slidev's export server resolves a different Vite config from its dev
 * server's, so each re-bundled the dependencies the other had left in
 * node_modules/.vite/deps: an export run beside `npm run dev` replaced the
 * files the open deck was loading, and every start after the other kind paid
 * for the bundling again. Exports keep theirs apart.
 */
function exportDepsApart(): Plugin {
  return {
    name: 'versus:export-deps-apart',
    config: () => ({ cacheDir: 'node_modules/.vite/export' }),
  }
}

export default defineVitePluginsSetup(options => [
  ...options.mode === 'dev'
    ? [
        warmSlides(() => options.data.slides.length),
      ]
    : [],
  // Not for exports: the print pages show no icons of Slidev's own.
  ...options.mode === 'dev' || options.mode === 'build'
    ? [
        iconSetsOnce(),
      ]
    : [],
  ...options.mode === 'build'
    ? [
        viewsInSlideChunks(() => options.data.slides),
        firstScreenPreload({ font: options.data.config.fonts.sans[0] }),
        prebuiltMermaid(),
      ]
    : [],
  ...options.mode === 'export'
    ? [
        exportDepsApart(),
      ]
    : [],
])
