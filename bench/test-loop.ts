import type { Figure } from './results.ts'
import process from 'node:process'
import { timeCommand } from './decks.ts'
import { figure } from './results.ts'

// Figure group 7: the test loop, as a developer runs it: `npm run test:unit`
// and the whole `npm test` (generate --check, then both vitest projects, the
// type check and lint among the browser suites), each a fresh npm process that
// must pass.

type Log = (line: string) => void

/**
 * `npm run <script>` in the project, in seconds; rejects when it fails. Run
 * as from a developer's shell: without the settings an outer `npm run bench`
 * passes down (`npm_*`), which nested npm and vitest runs otherwise inherit.
 */
async function timeNpm(script: string): Promise<number> {
  const outer = Object.fromEntries(Object.keys(process.env).filter(k => /^npm_/i.test(k) || k === 'INIT_CWD' || k === 'NODE').map(k => [k, undefined]))
  const { ms } = await timeCommand(['run', '--silent', script], outer, 'npm')
  return ms / 1000
}

export async function benchTestLoop(unitRuns: number, log: Log): Promise<Figure[]> {
  const unit: number[] = []
  for (let run = 0; run < unitRuns; run++) {
    unit.push(await timeNpm('test:unit'))
    log(`npm run test:unit run ${run + 1}: ${unit.at(-1)!.toFixed(1)} s`)
  }
  const all = await timeNpm('test')
  log(`npm test: ${all.toFixed(0)} s`)
  return [
    figure({
      id: 'tests.unit',
      name: '`npm run test:unit` (the unit project)',
      unit: 's',
      samples: unit,
      target: { on: 'value', max: 30 },
    }),
    figure({
      id: 'tests.all',
      name: '`npm test` (generate --check, unit and browser projects, type check and lint)',
      unit: 's',
      samples: [all],
      target: { on: 'value', max: 240 },
    }),
  ]
}
