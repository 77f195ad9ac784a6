import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { browserHelp, findChromium } from '../browser.ts'

// What the handout and notes exports share: arguments, the output name, the browser.

/** Slidev's CLI entry point, run on this project's Node. */
export const SLIDEV_BIN = join(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')

export interface ExportArgs {
  /** The deck's markdown entry, as given (relative to the working directory). */
  entry: string
  /** The PDF to write; undefined means the default name next to the deck's other exports. */
  output?: string
}

/** A failure to report as a message (no stack trace) before exiting with `code`. */
export class ExportError extends Error {
  readonly code: number
  constructor(message: string, code = 1) {
    super(message)
    this.code = code
  }
}

/** `[entry.md] [--output <file.pdf>]`; throws ExportError (code 2) on bad usage or a missing deck. */
export function parseExportArgs(argv: string[], usage: string): ExportArgs | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  }
  catch (error) {
    throw new ExportError(`${(error as Error).message}\n\n${usage}`, 2)
  }
  if (parsed.values.help)
    return 'help'
  return checkExportArgs(parsed.positionals, parsed.values.output, usage)
}

/** The deck and output of a command line already parsed; throws ExportError (code 2) for a missing or wrong one. */
export function checkExportArgs(positionals: string[], output: string | undefined, usage: string): ExportArgs {
  if (positionals.length > 1)
    throw new ExportError(`Only one deck at a time, got ${positionals.join(', ')}.\n\n${usage}`, 2)
  const entry = positionals[0] ?? 'slides.md'
  if (!entry.endsWith('.md'))
    throw new ExportError(`The deck must be a .md file, got "${entry}".\n\n${usage}`, 2)
  if (!existsSync(entry))
    throw new ExportError(`${entry} does not exist.\n\n${usage}`, 2)
  if (output !== undefined && !output.endsWith('.pdf'))
    throw new ExportError(`--output must name a .pdf file, got "${output}".`, 2)
  return { entry, output }
}

/**
 * `<exportFilename>-<suffix>.pdf`, the way Slidev names its own exports
 * (`exportFilename` from the headmatter, relative to the working directory),
 * else `exports/<entry name>-<suffix>.pdf` as scripts/export.ts does.
 */
export function defaultOutput(entry: string, exportFilename: unknown, suffix: string): string {
  const base = typeof exportFilename === 'string' && exportFilename.trim()
    ? exportFilename.trim()
    : join('exports', basename(entry, '.md'))
  return `${base}-${suffix}.pdf`
}

/** Resolves the output path and creates its folder. */
export async function prepareOutput(output: string): Promise<string> {
  const path = resolve(output)
  await mkdir(dirname(path), { recursive: true })
  return path
}

/** The path relative to the working directory when it lies inside it, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel)
    ? rel
    : path
}

/** The located Chromium, or an ExportError carrying the install help. */
export async function requireChromium(): Promise<string> {
  const browser = await findChromium()
  if (!browser)
    throw new ExportError(browserHelp())
  return browser
}

/** Runs `main`, printing failures as messages (no stack traces) and exiting with their code. */
export async function runExport(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main()
    process.exit(0)
  }
  catch (error) {
    if (error instanceof ExportError) {
      console.error(error.message)
      process.exit(error.code)
    }
    console.error(`${name} failed: ${error instanceof Error
      ? error.message
      : String(error)}`)
    process.exit(1)
  }
}
