import type { Plugin } from 'vite'
import { readFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'

// Slidev writes some of its generated modules to files shared by every Slidev
// process of the project (node_modules/.slidev/virtual/import-glob.<hash>.ts),
// rewriting them with writeFileSync each time a process starts
// (createMakeAbsoluteImportGlob in packages/slidev/node/utils.ts). A dev
// server that reads one while an export or a second server is rewriting it
// can get an empty file, and then "does not provide an export named
// 'default'" until it restarts. This reads such a file again until it is whole.

const SHARED = /[\\/]node_modules[\\/]\.slidev[\\/]virtual[\\/]/

/** How long a file may stay empty before it is taken as it is. */
const PATIENCE_MS = 2000

export function wholeVirtualModules(): Plugin {
  return {
    name: 'versus:whole-virtual-modules',
    enforce: 'pre',
    load: {
      // Vite (Rolldown in a build) calls the hook only for these files.
      filter: { id: SHARED },
      async handler(id) {
        const file = id.split('?')[0]!
        let code = await readFile(file, 'utf8')
        for (let waited = 0; !code && waited < PATIENCE_MS; waited += 10) {
          await sleep(10)
          code = await readFile(file, 'utf8')
        }
        return code
      },
    },
  }
}
