import { afterEach, beforeAll, expect } from 'vitest'

// Any Vue warning (a missing or mistyped prop, a stray attribute, an unknown
// component) fails the test that caused it, in every test file that renders
// components (those in a DOM environment). A setup file, not a module the tests
// import: vitest runs setup files again for each test file, where the unit
// project shares imported modules between files (isolate: false), so a hook
// registered on import would hold for the first file only.

const warnings: string[] = []

beforeAll(async () => {
  // Files without a DOM render no components: they need not load Vue for this.
  if (typeof document === 'undefined')
    return
  const { config } = await import('@vue/test-utils')
  config.global.config.warnHandler = (msg) => {
    warnings.push(msg)
  }
})

afterEach(() => {
  expect(warnings.splice(0), 'Vue warnings').toEqual([])
})
