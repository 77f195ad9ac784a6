import { fileURLToPath } from 'node:url'
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
        resolve: {
          alias: {
            // The decision slides' synced state comes from Slidev's dev server,
            // which the component tests do not run (setup/decision-room.ts).
            'server-reactive:versusDecisions': fileURLToPath(new URL('test/components/no-server-room.ts', import.meta.url)),
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER,
          // Two at a time even on two cores: much of a browser suite is waiting
          // (for Slidev to start, a page to load, an export to finish).
          maxWorkers: 2,
          // After the unit project, which may use a different number of workers.
          sequence: { groupOrder: 1 },
          globalSetup: ['test/setup/chromium.ts', 'test/setup/shared.ts'],
        },
      },
    ],
  },
})
