import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

/** Suites that drive Chromium, Slidev's servers or its exporter: minutes, where the rest takes seconds. */
const BROWSER = [
  'test/browser/**/*.test.ts',
  'test/browser.test.ts',
  'test/export.test.ts',
  'test/export-notes.test.ts',
  'test/handout.test.ts',
  'test/reporters/**/*.test.ts',
]

export default defineConfig({
  plugins: [
    vue(),
  ],
  test: {
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', './test/reporters/summary.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: BROWSER,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER,
          globalSetup: ['test/setup/chromium.ts'],
        },
      },
    ],
  },
})
