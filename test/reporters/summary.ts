import type { Reporter, SerializedError, TestModule } from 'vitest/node'
import process from 'node:process'

export interface Summary {
  passed: number
  failed: number
  skipped: number
}

/**
 * Tests by outcome, where a failure outside any test also counts as one
 * failed: a file that cannot be collected, a failing beforeAll or afterAll
 * (vitest then marks the suite's tests skipped), an unhandled error.
 */
export function summarize(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError> = []): Summary {
  const summary: Summary = { passed: 0, failed: unhandled.length, skipped: 0 }
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      const state = test.result().state
      if (state === 'passed')
        summary.passed++
      else if (state === 'failed')
        summary.failed++
      else
        summary.skipped++
    }
    for (const suite of [
      module,
      ...module.children.allSuites(),
    ])
      summary.failed += suite.errors().length
  }
  return summary
}

/** Ends the run with the plain `N passed, N failed` line that CI reads. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>): void {
    const { passed, failed, skipped } = summarize(modules, unhandled)
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped
      ? `, ${skipped} skipped`
      : ''}\n`)
  }
}
