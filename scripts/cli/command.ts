import type { ParseArgsOptionsConfig } from 'node:util'
import { parseArgs } from 'node:util'

// One shape for every `versus <command>`: its options as node:util parseArgs
// reads them (strict: an unknown flag is an error), its help text, and a
// run function that returns the exit code. Usage errors are one line and exit 2.

/**
 * Where a command prints, a line per call (as console.log). The bin prints to
 * the console; tests run commands in-process and keep what they print, which
 * spares them a Node start per case.
 */
export interface Io {
  out: (line: string) => void
  err: (line: string) => void
}

export const consoleIo: Io = {
  out: line => console.log(line),
  err: line => console.error(line),
}

/** The values parseArgs returns for `options` (strict, with `--help`). */
export type Values<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{
  options: O
  strict: true
  allowPositionals: true
}>>['values']

export interface Command<O extends ParseArgsOptionsConfig = ParseArgsOptionsConfig> {
  name: string
  /** One line for `versus --help`. */
  summary: string
  /** The synopsis after `versus <name> `, e.g. `[deck.md] [--out <file>]`. */
  synopsis: string
  /** How many positional arguments the command takes. */
  positionals: { min: number, max: number, name: string }
  options: O
  /** One line per option: `[flag, what it does]`. */
  help: Array<[string, string]>
  examples: string[]
  /** What the exit codes mean, after 0; 2 is always bad usage. */
  exits: string
  /** Whatever follows a bare `--` (passed on to another tool); refused unless set. */
  passThrough?: string
  run: (values: Values<O>, positionals: string[], passThrough: string[], io: Io) => Promise<number>
}

/** Keeps each command's option types: `defineCommand({ options: { data: { type: 'string' } }, run(values) { values.data } })`. */
export function defineCommand<const O extends ParseArgsOptionsConfig>(command: Command<O>): Command<O> {
  return command
}

/** Bad usage: the message is the one-line reason, the exit code 2. */
export class UsageError extends Error {}

/** A failure to report as its message alone (no stack trace), with its exit code. */
export class CommandError extends Error {
  readonly code: number
  constructor(message: string, code = 1) {
    super(message)
    this.code = code
  }
}

export const BIN = 'versus'

export function helpText(command: Command): string {
  const width = Math.max(...command.help.map(([flag]) => flag.length), '-h, --help'.length) + 2
  const rows = [
    ...command.help,
    ['-h, --help', 'show this help'],
  ] as Array<[string, string]>
  return [
    `Usage: ${BIN} ${command.name} ${command.synopsis}`,
    '',
    command.summary,
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text.replaceAll('\n', `\n  ${' '.repeat(width)}`)}`),
    '',
    'Examples:',
    ...command.examples.map(e => `  ${e}`),
    '',
    `Exit codes: 0 done, ${command.exits}, 2 bad usage.`,
  ].join('\n')
}

/** parseArgs' message, first sentence: "Unknown option '--x'", "Option '--data <value>' argument missing". */
function reason(error: unknown): string {
  const message = error instanceof Error
    ? error.message
    : String(error)
  return message.split(/\.\s/)[0]!.replace(/\.$/, '')
}

export interface Parsed<O extends ParseArgsOptionsConfig> {
  values: Values<O>
  positionals: string[]
  passThrough: string[]
}

/** Reads `argv` for `command`; 'help' when asked for it; throws UsageError. */
export function parseCommand<O extends ParseArgsOptionsConfig>(command: Command<O>, argv: string[]): Parsed<O> | 'help' {
  const end = argv.indexOf('--')
  const own = end < 0
    ? argv
    : argv.slice(0, end)
  const passThrough = end < 0
    ? []
    : argv.slice(end + 1)
  if (passThrough.length && !command.passThrough)
    throw new UsageError(`takes nothing after --`)
  const options: ParseArgsOptionsConfig = {
    ...command.options,
    help: { type: 'boolean', short: 'h' },
  }
  let parsed
  try {
    parsed = parseArgs({
      args: own,
      options,
      strict: true,
      allowPositionals: true,
    })
  }
  catch (error) {
    throw new UsageError(reason(error))
  }
  if (parsed.values.help)
    return 'help'
  const { min, max, name } = command.positionals
  if (parsed.positionals.length > max) {
    throw new UsageError(max
      ? `too many arguments: ${parsed.positionals.slice(max).map(p => JSON.stringify(p)).join(' ')} (at most ${max} ${name})`
      : `unexpected argument ${JSON.stringify(parsed.positionals[0])}`)
  }
  if (parsed.positionals.length < min)
    throw new UsageError(`needs ${name}`)
  return { values: parsed.values as unknown as Values<O>, positionals: parsed.positionals, passThrough }
}

/** Parses and runs `command`; prints usage errors as one line and returns the exit code. */
export async function runCommand<O extends ParseArgsOptionsConfig>(command: Command<O>, argv: string[], io: Io = consoleIo): Promise<number> {
  try {
    const parsed = parseCommand(command, argv)
    if (parsed === 'help') {
      io.out(helpText(command as unknown as Command))
      return 0
    }
    return await command.run(parsed.values, parsed.positionals, parsed.passThrough, io)
  }
  catch (error) {
    if (error instanceof UsageError) {
      io.err(`${BIN} ${command.name}: ${error.message} (see ${BIN} ${command.name} --help)`)
      return 2
    }
    if (error instanceof CommandError) {
      io.err(error.message)
      return error.code
    }
    throw error
  }
}

/** A `choice` option's value, checked: `--format gif` is a usage error naming the choices. */
export function oneOf<const T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(`--${flag} must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`)
  return value as T
}
