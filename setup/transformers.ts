import { defineTransformersSetup } from '@slidev/types'
import { viewIntoSlide } from '../scripts/views-in-slide-chunks.ts'

export default defineTransformersSetup(() => ({
  pre: [viewIntoSlide],
}))
