import type { Command, Io } from './command.ts'
import { BIN, consoleIo, runCommand } from './command.ts'

// `versus <command>`: picks the command and runs it. Each command's module is
// loaded only when it runs, so `versus lint` never loads Slidev or a browser.

const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  new: () => import('./commands/new.ts'),
  generate: () => import('./commands/generate.ts'),
  dev: () => import('./commands/dev.ts'),
  build: () => import('./commands/build.ts'),
  export: () => import('./commands/export.ts'),
  check: () => import('./commands/check.ts'),
  lint: () => import('./commands/lint.ts'),
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

/** Runs `versus ...argv` (the arguments after the bin's name); returns the exit code. */
export async function versus(argv: string[], io: Io = consoleIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(await help())
    return 0
  }
  if (name === undefined) {
    io.err(`${BIN}: no command given (one of ${Object.keys(COMMANDS).join(', ')}; see ${BIN} --help)`)
    return 2
  }
  const load = Object.hasOwn(COMMANDS, name)
    ? COMMANDS[name]
    : undefined
  if (!load) {
    io.err(`${BIN}: unknown command ${JSON.stringify(name)} (one of ${Object.keys(COMMANDS).join(', ')}; see ${BIN} --help)`)
    return 2
  }
  return runCommand((await load()).default, rest, io)
}
