import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import EnvironmentSequencer from './test/setup/sequencer.ts'

/** Suites that drive Chromium, Slidev's servers or its exporter: minutes, where the rest takes seconds. */
const BROWSER = [
  'test/browser/**/*.test.ts',
  'test/browser.test.ts',
  'test/export.test.ts',
  'test/export-notes.test.ts',
  'test/handout.test.ts',
  'test/reporters/**/*.test.ts',
  // Seconds of CPU each, run beside the browser suites rather than before them.
  'test/types-and-lint.test.ts',
]

export default defineConfig({
  plugins: [
    vue(),
  ],
  test: {
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', './test/reporters/summary.ts'],
    // Vitest reads the order of files only from here; it changes the unit
    // project's alone (test/setup/sequencer.ts).
    sequence: { sequencer: EnvironmentSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: BROWSER,
          setupFiles: ['test/setup/vue-warnings.ts'],
          // Child processes, not worker threads: test/support/versus.ts runs
          // commands in-process from their own working directory (process.chdir).
          pool: 'forks',
          // Both cores of the machine it is tuned on: vitest's default leaves
          // one to its main process (a single worker on two cores), which has
          // little to do here.
          maxWorkers: 2,
          // A worker loads the generator, Vue, Slidev's parser... once for all
          // its files, not once per file: that loading was most of the run.
          // What must not carry from one file to the next is set up per file:
          // test/setup/vue-warnings.ts and helpers.ts's unmountAfterEach.
          isolate: false,
          // First, in a group of its own (vitest runs groups one after the
          // other): a failure here shows in seconds, not after the browser suites.
          sequence: { groupOrder: 0 },
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
          // A worker imports Playwright, pdf.js and the generator once, not
          // once per suite. Each suite's servers, browsers and files are its
          // own (support/resources.ts), made in beforeAll: nothing carries over.
          isolate: false,
          // After the unit project.
          sequence: { groupOrder: 1 },
          // A page on a busy machine can take seconds to show what another window did.
          expect: {
            poll: { timeout: 10_000 },
          },
          globalSetup: ['test/setup/chromium.ts', 'test/setup/vite-deps.ts', 'test/setup/shared.ts'],
          setupFiles: ['test/setup/warmed.ts'],
        },
      },
    ],
  },
})
