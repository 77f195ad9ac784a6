import type { Plugin, ResolvedConfig } from 'vite'
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { presetIcons } from 'unocss'
import UnoCSS from 'unocss/vite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { declaredIconSets, iconSetsOnce, loadIconSets, presetIconLoader } from '../scripts/icon-sets-once.ts'

const ROOT = join(import.meta.dirname, '..')

/** The icon preset's own loader, as UnoCSS's icon rules call it. */
async function nodeLoader() {
  const load = await presetIcons().api!.createNodeLoader!()
  return load!
}

/** A folder whose package.json declares `deps`, with the project's node_modules to find them in. */
async function project(deps: Record<string, string>, field = 'dependencies'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'versus-icons-'))
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'deck', [field]: deps }))
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

/** How many times `run` parses an icon set's JSON (each set is more than 50 kB). */
async function iconSetParses(run: () => Promise<unknown>): Promise<number> {
  const parse = vi.spyOn(JSON, 'parse')
  try {
    await run()
    return parse.mock.calls.filter(([text]) => typeof text === 'string' && text.length > 50_000 && text.includes('"prefix"')).length
  }
  finally {
    parse.mockRestore()
  }
}

const dirs: string[] = []
let client: string
let other: string
beforeAll(async () => {
  client = await project({ '@iconify-json/carbon': '*', 'vue': '*' })
  other = await project({ '@iconify-json/carbon': '*' }, 'devDependencies')
  dirs.push(client, other)
})
afterAll(() => Promise.all(dirs.map(d => rm(d, { recursive: true, force: true }))))

describe('declaredIconSets', () => {
  it('names the @iconify-json sets that any of the folders\' packages depend on, once each', async () => {
    const none = await project({})
    dirs.push(none)
    expect(await declaredIconSets([none, client, other])).toEqual(['carbon'])
    expect(await declaredIconSets([
      join(none, 'missing'),
    ])).toEqual([])
  })
})

describe('loadIconSets', () => {
  it('reaches the icon preset\'s own loader: icons asked for at once then share one parse of the set', async () => {
    const loadNodeIcon = await nodeLoader()
    const icons = [
      'add',
      'close',
      'checkmark',
      'search',
      'settings',
      'user',
    ]
    const askAtOnce = (cwd: string) => Promise.all(icons.map(icon => loadNodeIcon('carbon', icon, {
      cwd: [cwd],
    })))

    // Without it, each icon asked for in the same tick parses the set again
    // (iconify/iconify packages/utils/src/loader/fs.ts). If this ever fails,
    // @iconify/utils caches the loading set itself and the plugin can go.
    expect(await iconSetParses(() => askAtOnce(other))).toBeGreaterThan(1)

    const load = await presetIconLoader()
    expect(await iconSetParses(() => loadIconSets([client], load))).toBe(1)
    let svgs: unknown[] = []
    expect(await iconSetParses(async () => (svgs = await askAtOnce(client)))).toBe(0)
    expect(svgs).toHaveLength(icons.length)
    for (const svg of svgs)
      expect(svg).toMatch(/^<svg /)
  })
})

describe('iconSetsOnce', () => {
  /** The plugin's start with UnoCSS's own Vite plugins beside it, the icon preset looking in `folders`. */
  async function start(folders: string[] | undefined) {
    const plugin = iconSetsOnce()
    const plugins: Plugin[] = folders
      ? UnoCSS({
          configFile: false,
          presets: [
            presetIcons({ collectionsNodeResolvePath: folders }),
          ],
        })
      : []
    ;(plugin.configResolved as (config: Pick<ResolvedConfig, 'plugins'>) => void)({ plugins })
    ;(plugin.buildStart as () => void)()
    return plugin.api!.loaded
  }

  it('loads the sets declared in the icon preset\'s folders, at start, in the module the preset reads them with', async () => {
    const fresh = await project({ '@iconify-json/carbon': '*' })
    dirs.push(fresh)
    let names: string[] = []
    expect(await iconSetParses(async () => (names = await start([fresh])))).toBe(1)
    expect(names).toEqual(['carbon'])
    const loadNodeIcon = await nodeLoader()
    expect(await iconSetParses(() => loadNodeIcon('carbon', 'close', {
      cwd: [fresh],
    }))).toBe(0)
  })

  it('does nothing without UnoCSS', async () => {
    expect(await start(undefined)).toEqual([])
  })
})
