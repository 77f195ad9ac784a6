import { defineVitePluginsSetup } from '@slidev/types'
import { viewsInSlideChunks } from '../scripts/views-in-slide-chunks.ts'
import { warmSlides } from '../scripts/warm-slides.ts'

export default defineVitePluginsSetup(options => [
  ...options.mode === 'dev'
    ? [
        warmSlides(() => options.data.slides.length),
      ]
    : [],
  ...options.mode === 'build'
    ? [
        viewsInSlideChunks(() => options.data.slides),
      ]
    : [],
])
