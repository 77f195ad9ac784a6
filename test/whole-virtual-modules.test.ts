import type { Plugin } from 'vite'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { wholeVirtualModules } from '../scripts/whole-virtual-modules.ts'

let dir: string
let virtual: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'versus-virtual-'))
  virtual = join(dir, 'node_modules', '.slidev', 'virtual')
  await mkdir(virtual, { recursive: true })
})
afterEach(() => rm(dir, { recursive: true, force: true }))

/** The plugin's load hook as Vite calls it: only for ids its filter matches. */
async function load(plugin: Plugin, id: string): Promise<string | null> {
  const hook = plugin.load as { filter: { id: RegExp }, handler: (id: string) => Promise<string | null> }
  return hook.filter.id.test(id)
    ? hook.handler.call({}, id)
    : null
}

describe('wholeVirtualModules', () => {
  it('waits while another Slidev process has emptied the file to rewrite it', async () => {
    const file = join(virtual, 'import-glob.0123456789.ts')
    await writeFile(file, '')
    const loading = load(wholeVirtualModules(), `${file}?v=abc`)
    await sleep(100)
    await writeFile(file, 'export default {}\n')
    expect(await loading).toBe('export default {}\n')
  })

  it('reads a whole file at once, and leaves every other module to Vite', async () => {
    const file = join(virtual, 'import-glob.abcdef0123.ts')
    await writeFile(file, 'export default 1\n')
    expect(await load(wholeVirtualModules(), file)).toBe('export default 1\n')
    expect(await load(wholeVirtualModules(), join(dir, 'slides.md'))).toBeNull()
    expect(await load(wholeVirtualModules(), '/@slidev/configs')).toBeNull()
  })
})
