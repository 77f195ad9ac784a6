import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runScript } from './support/pdf.ts'

// `npm run typecheck` and `npm run lint` as part of `npm test`: run here, side
// by side with the browser suites, they use the time those spend waiting on
// pages and servers, and a failure counts in the run's closing line.

/** The script a package installs as the command `name` (its package.json `bin`). */
function bin(pkg: string, name: string): string {
  const manifest = createRequire(import.meta.url).resolve(`${pkg}/package.json`)
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }
  return join(dirname(manifest), bin[name]!)
}

describe('the project', () => {
  it.for([
    ['type-checks (vue-tsc --noEmit)', 'vue-tsc', '--noEmit'],
    ['passes ESLint', 'eslint', '.'],
  ] as const)('%s', { timeout: 300_000 }, async ([, pkg, arg]) => {
    const { code, stdout, stderr } = await runScript([
      bin(pkg, pkg),
      arg,
    ])
    expect(`${stdout}${stderr}`.trim()).toBe('')
    expect(code).toBe(0)
  })
})
