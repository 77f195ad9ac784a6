/// <reference types="@slidev/types" />
import { createRequire } from 'node:module'
import { defineConfig } from 'vite'
import { deckUpdatesInOrder } from './scripts/deck-updates-in-order.ts'
import { liveData } from './scripts/live-data.ts'
import { liveOptionsFromEnv } from './scripts/live-options.ts'
import { noRawFrontmatter } from './scripts/no-raw-frontmatter.ts'
import { PREBUNDLED } from './scripts/prebundle.ts'
import { unoCssOnce } from './scripts/uno-css-once.ts'
import { viewsAreNotClasses } from './scripts/views-are-not-classes.ts'
import { wholeVirtualModules } from './scripts/whole-virtual-modules.ts'

export default defineConfig({
  plugins: [
    liveData(liveOptionsFromEnv()),
    ...deckUpdatesInOrder(),
    wholeVirtualModules(),
    viewsAreNotClasses(),
    noRawFrontmatter(),
    unoCssOnce(),
  ],
  resolve: {
    alias: [
      // Slidev points `vue` at Vue's full build, whose template compiler
      // (about 33 kB gzipped) every page would load before slide 1. Every
      // template here is compiled ahead (components, slides): pages need only
      // the runtime, which is what `vue` resolves to outside Slidev.
      {
        find: /^vue$/,
        replacement: createRequire(import.meta.url).resolve('vue/dist/vue.runtime.esm-bundler.js'),
      },
    ],
  },
  build: {
    // One stylesheet, linked from the page. Split, each chunk's CSS is a file
    // that Vite loads before the chunk runs, so slide 1 waited in turn for the
    // play page's stylesheets and its own.
    cssCodeSplit: false,
  },
  optimizeDeps: {
    include: [...PREBUNDLED],
  },
  slidev: {
    serverRef: {
      // The decision slides' state on the dev server, empty until someone
      // moves a weight: setup/decision-room.ts asks for it by this name.
      state: {
        versusDecisions: {},
      },
    },
  },
})
