import { defineVitePluginsSetup } from '@slidev/types'
import { warmSlides } from '../scripts/warm-slides.ts'

export default defineVitePluginsSetup(options => options.mode === 'dev'
  ? [
      warmSlides(() => options.data.slides.length),
    ]
  : [])
