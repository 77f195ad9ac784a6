import type { TestProject } from 'vitest/node'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// A folder for this run's shared artifacts (support/shared.ts): what several
// suites need made the same way is made once, by whichever asks first.
export default async function sharedFolder(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'versus-shared-'))
  project.provide('sharedDir', dir)
  return () => rm(dir, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    sharedDir: string
  }
}
