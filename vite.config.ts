import { defineConfig } from 'vite'
import { liveData } from './scripts/live-data.ts'

export default defineConfig({
  plugins: [
    liveData(),
  ],
})
