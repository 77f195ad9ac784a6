import type { Plugin } from 'vite'
import type { UnocssContext } from './unocss-context.ts'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { unocssContext } from './unocss-context.ts'

// UnoCSS's icon preset reads a whole icon set (@iconify-json/carbon is 1.2 MB
// of JSON, ph 4.6 MB) through @iconify/utils' loadCollectionFromFS, which
// caches the set per folder but awaits its cache before filling it
// (packages/utils/src/loader/fs.ts in iconify/iconify): every icon asked for
// in the same tick parses the set again. Slidev's client shows a dozen icons
// at once: a dev start parsed the sets 22 to 85 times before slide 1 showed
// (0.1 to 0.6 s of JSON.parse, and the garbage after it). Loading each set
// once before any CSS is generated leaves a cache entry they all share.

type LoadCollection = (name: string, autoInstall: boolean, scope: string | undefined, cwd: string) => Promise<unknown>

const ICON_SET_PACKAGE = /^@iconify-json\/(.+)$/

/** The folders the icon preset looks for icon sets from, in its order. */
function presetFolders(options: unknown): string[] {
  const cwd = (options as { collectionsNodeResolvePath?: string | string[] } | undefined)?.collectionsNodeResolvePath
  return cwd === undefined
    ? []
    : [cwd].flat()
}

/** The icon sets (`@iconify-json/<name>`) that the packages in these folders depend on. */
export async function declaredIconSets(folders: readonly string[]): Promise<string[]> {
  const names = new Set<string>()
  for (const folder of folders) {
    const manifest = await readFile(join(folder, 'package.json'), 'utf8').then(text => JSON.parse(text) as Record<string, unknown>, () => undefined)
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
      for (const pkg of Object.keys((manifest?.[field] ?? {}) as Record<string, string>)) {
        const name = ICON_SET_PACKAGE.exec(pkg)?.[1]
        if (name)
          names.add(name)
      }
    }
  }
  return [...names]
}

/** A package's folder, found the way Node finds it from the package before it in the chain. */
function packageThrough(chain: readonly string[]): string {
  let from = import.meta.url
  for (const pkg of chain)
    from = createRequire(from).resolve(`${pkg}/package.json`)
  return dirname(from)
}

/**
 * @iconify/utils' loader: the very module the icon preset that Slidev uses
 * imports (Slidev → unocss → @unocss/preset-icons), so that the two share its cache.
 */
export async function presetIconLoader(): Promise<LoadCollection> {
  const utils = packageThrough([
    '@slidev/cli',
    'unocss',
    '@unocss/preset-icons',
    '@iconify/utils',
  ])
  const mod = await import(pathToFileURL(join(utils, 'lib', 'loader', 'fs.js')).href) as { loadCollectionFromFS: LoadCollection }
  return mod.loadCollectionFromFS
}

/**
 * Loads each icon set the deck's packages declare, as the icon preset would
 * (the first folder that has it), once, before any CSS is generated.
 */
export async function loadIconSets(folders: readonly string[], load: LoadCollection): Promise<string[]> {
  const names = await declaredIconSets(folders)
  await Promise.all(names.map(async (name) => {
    for (const folder of folders) {
      if (await load(name, false, undefined, folder))
        return
    }
  }))
  return names
}

export interface IconSetsOnceApi {
  /** The icon sets loaded at the last start, once they are; none if UnoCSS or its icon preset is not there. */
  loaded: Promise<string[]>
}

export function iconSetsOnce(): Plugin<IconSetsOnceApi> {
  let context: UnocssContext | undefined
  const api: IconSetsOnceApi = {
    loaded: Promise.resolve([]),
  }
  return {
    name: 'versus:icon-sets-once',
    api,
    configResolved(config) {
      context = unocssContext(config.plugins)
    },
    buildStart() {
      if (!context)
        return
      // `uno` exists only once UnoCSS has read its configuration.
      const unocss = context
      // Not awaited: the server need not wait for it to answer. The sets are
      // being loaded (and cached) within milliseconds, well before a page or
      // the bundle asks for CSS.
      api.loaded = unocss.ready
        .then(async () => {
          const folders = presetFolders(unocss.uno.config.presets.find(p => p.name === '@unocss/preset-icons')?.options)
          return folders.length
            ? loadIconSets(folders, await presetIconLoader())
            : []
        })
        // The preset loads the sets itself then, as it did before.
        .catch(() => [])
    },
  }
}
