import { defineConfig } from 'vite'
import { liveData, liveOptionsFromEnv } from './scripts/live-data.ts'

export default defineConfig({
  plugins: [
    liveData(liveOptionsFromEnv()),
  ],
})
