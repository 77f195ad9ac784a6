#!/usr/bin/env node
import type { Command } from './cli/command.ts'
import { enableCompileCache } from 'node:module'
import process from 'node:process'
import { BIN, runCommand } from './cli/command.ts'

// Node keeps the compiled (and type-stripped) modules on disk: a third off every later start.
enableCompileCache()

// `versus <command>`: the one entry point; the npm scripts call it. Each
// command's module is loaded only when it runs, so `versus lint` never loads
// Slidev or a browser.

const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  new: () => import('./cli/commands/new.ts'),
  generate: () => import('./cli/commands/generate.ts'),
  dev: () => import('./cli/commands/dev.ts'),
  build: () => import('./cli/commands/build.ts'),
  export: () => import('./cli/commands/export.ts'),
  check: () => import('./cli/commands/check.ts'),
  lint: () => import('./cli/commands/lint.ts'),
}

async function help(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map(async load => (await load()).default))
  return `Usage: ${BIN} <command> [options]

Turns a comparison dataset (data/*.yaml) into a Slidev deck.

Commands:
${commands.map(c => `  ${c.name.padEnd(10)}${c.summary}`).join('\n')}

Run ${BIN} <command> --help for its options and examples.

Examples:
  ${BIN} new go-vs-rust Go Rust --talk
  ${BIN} dev --data data/go-vs-rust.yaml
  ${BIN} export --format handout --per-page 3
  ${BIN} build --without-notes`
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(await help())
    return 0
  }
  if (name === undefined) {
    console.error(`${BIN}: no command given (one of ${Object.keys(COMMANDS).join(', ')}; see ${BIN} --help)`)
    return 2
  }
  const load = Object.hasOwn(COMMANDS, name)
    ? COMMANDS[name]
    : undefined
  if (!load) {
    console.error(`${BIN}: unknown command ${JSON.stringify(name)} (one of ${Object.keys(COMMANDS).join(', ')}; see ${BIN} --help)`)
    return 2
  }
  return runCommand((await load()).default, rest)
}

process.exitCode = await main(process.argv.slice(2))
