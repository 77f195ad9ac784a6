import type { TestSpecification } from 'vitest/node'
import { readFileSync } from 'node:fs'
import { BaseSequencer } from 'vitest/node'

// The unit project's workers keep their modules from file to file, but only
// while the next file wants the same environment: a file in happy-dom after
// one in node starts a fresh worker, which loads everything again. Vitest's
// own order (longest first) mixes the two, which started some 15 workers for
// 43 files; this keeps its order within each environment and puts the
// happy-dom files first, so each worker changes environment at most once.
// The other projects' files keep vitest's order.

/** The environment a file asks for in its `@vitest-environment` comment, as vitest reads it, else its project's. */
function environmentOf(spec: TestSpecification): string {
  const head = readFileSync(spec.moduleId, 'utf8').slice(0, 1000)
  return /@vitest-environment\s+([\w-]+)/.exec(head)?.[1] ?? spec.project.config.environment
}

export default class EnvironmentSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const later = (spec: TestSpecification) => spec.project.name === 'unit' && environmentOf(spec) === 'node'
    return [
      ...sorted.filter(spec => !later(spec)),
      ...sorted.filter(later),
    ]
  }
}
