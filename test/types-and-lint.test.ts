import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runScript } from './support/pdf.ts'

// `npm run typecheck` and `npm run lint` as part of `npm test`: run here, side
// by side with the browser suites, they use the time those spend waiting on
// pages and servers, and a failure counts in the run's closing line. Both keep
// a cache in node_modules/.cache, so a second run checks only what changed.

const require = createRequire(import.meta.url)
const { scripts } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> }

/** The script a package installs as the command `name` (its package.json `bin`). */
function bin(name: string): string {
  const manifest = require.resolve(`${name}/package.json`)
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }
  return join(dirname(manifest), bin[name]!)
}

describe('the project', () => {
  it.for([
    ['type-checks (npm run typecheck)', 'typecheck'],
    ['passes ESLint (npm run lint)', 'lint'],
  ] as const)('%s', { timeout: 300_000 }, async ([, script]) => {
    // The npm script's own command line, on this Node, without npm in between.
    const [command, ...args] = scripts[script]!.split(' ')
    const { code, stdout, stderr } = await runScript([
      bin(command!),
      ...args,
    ])
    expect(`${stdout}${stderr}`.trim()).toBe('')
    expect(code).toBe(0)
  })
})
