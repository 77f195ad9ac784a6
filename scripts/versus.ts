#!/usr/bin/env node
import { enableCompileCache } from 'node:module'
import process from 'node:process'

// Node keeps the compiled (and type-stripped) modules on disk: a third off every
// later start. Turned on before anything else loads, so that all of it is cached.
enableCompileCache()

// The bin alone: what `versus` does is in cli/main.ts, which the tests run in-process.
const { versus } = await import('./cli/main.ts')
process.exitCode = await versus(process.argv.slice(2))
