import type { TestSpecification } from 'vitest/node'
import { readFileSync } from 'node:fs'
import { BaseSequencer } from 'vitest/node'

// The unit project's workers keep their modules from file to file, but only
// while the next file wants the same environment: a file in happy-dom after
// one in node starts a fresh worker, which loads everything again. Vitest's
// own order (longest first) mixes the two, which started some 15 workers for
// 43 files; this keeps its order within each environment and puts the
// happy-dom files first, so each worker changes environment at most once.
// The browser project keeps vitest's order, but for the type check and lint:
// all CPU and no waiting, they go first. Without a record of earlier runs (a
// fresh clone) vitest orders by file size, which put their small file last,
// where it ran alone for half a minute after every browser suite was done.

/** The environment a file asks for in its `@vitest-environment` comment, as vitest reads it, else its project's. */
function environmentOf(spec: TestSpecification): string {
  const head = readFileSync(spec.moduleId, 'utf8').slice(0, 1000)
  return /@vitest-environment\s+([\w-]+)/.exec(head)?.[1] ?? spec.project.config.environment
}

/** The suite that type-checks and lints the project (test/types-and-lint.test.ts). */
const STATIC_CHECKS = /[/\\]test[/\\]types-and-lint\.test\.ts$/

export default class EnvironmentSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const first = (spec: TestSpecification) => STATIC_CHECKS.test(spec.moduleId)
    const later = (spec: TestSpecification) => spec.project.name === 'unit' && environmentOf(spec) === 'node'
    return [
      ...sorted.filter(first),
      ...sorted.filter(spec => !first(spec) && !later(spec)),
      ...sorted.filter(later),
    ]
  }
}
