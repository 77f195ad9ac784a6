import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { ROOT } from './generation.ts'
import { syntheticYaml } from './synthetic.ts'

// `node bench/profile-generate.ts [aspects=10000] [top=25]`: runs `versus generate` on a
// synthetic dataset under V8's sampling profiler (--cpu-prof) and prints where
// the time goes: self and total time by function, and self time by file.

interface Node {
  id: number
  callFrame: { functionName: string, url: string, lineNumber: number }
  children?: number[]
}
interface Profile { nodes: Node[], samples: number[], timeDeltas: number[] }

export function summarize(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map(n => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) {
    for (const c of n.children ?? [])
      parent.set(c, n.id)
  }
  const where = (n: Node) => {
    const url = n.callFrame.url.replace(/^file:\/\//, '')
    const file = url
      ? relative(ROOT, url)
      : '(native)'
    return { fn: `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`, file }
  }
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const files = new Map<string, number>()
  let all = 0
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    all += dt
    const node = byId.get(id)!
    const { fn, file } = where(node)
    self.set(fn, (self.get(fn) ?? 0) + dt)
    files.set(file, (files.get(file) ?? 0) + dt)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = where(byId.get(at)!).fn
      if (!seen.has(key)) {
        seen.add(key)
        total.set(key, (total.get(key) ?? 0) + dt)
      }
    }
  })
  // The root's children: where samples without a JavaScript caller (GC, idle, program) go.
  const rootId = profile.nodes[0]!.id
  const outer = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    let at = id
    while (parent.get(at) !== undefined && parent.get(at) !== rootId)
      at = parent.get(at)!
    const key = at === rootId
      ? '(root)'
      : where(byId.get(at)!).fn
    outer.set(key, (outer.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  const table = (title: string, m: Map<string, number>) => [
    title,
    ...[...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `${ms.toFixed(0).padStart(8)} ms ${(100 * ms / all).toFixed(1).padStart(5)}%  ${k}`),
  ].join('\n')
  return [
    `sampled ${all.toFixed(0)} ms`,
    table('\ntop level (children of the root)', outer),
    table('\nself time by function', self),
    table('\ntotal time by function (callees included)', total),
    table('\nself time by file', files),
  ].join('\n')
}

async function main() {
  const aspects = Number(process.argv[2] ?? 10_000)
  const top = Number(process.argv[3] ?? 25)
  const dir = await mkdtemp(join(tmpdir(), 'versus-bench-prof-'))
  try {
    const data = join(dir, `synthetic-${aspects}.yaml`)
    await writeFile(data, syntheticYaml(aspects))
    const run = spawnSync(process.execPath, [
      '--cpu-prof',
      '--cpu-prof-dir',
      dir,
      '--cpu-prof-interval',
      '200',
      join(ROOT, 'scripts', 'versus.ts'),
      'generate',
      '--data',
      data,
      '--out',
      join(dir, 'deck.md'),
    ], { cwd: ROOT, encoding: 'utf8' })
    if (run.status !== 0)
      throw new Error(`versus generate exited ${run.status}: ${run.stderr}`)
    const file = (await readdir(dir)).find(f => f.endsWith('.cpuprofile'))!
    process.stdout.write(`${aspects} aspects: ${run.stdout.trim()}\n${summarize(JSON.parse(await readFile(join(dir, file), 'utf8')) as Profile, top)}\n`)
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
