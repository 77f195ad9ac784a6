import { execFile, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { defineCommand, helpText, parseCommand, UsageError } from '../../scripts/cli/command.ts'

const ROOT = join(import.meta.dirname, '..', '..')
const COMMANDS = [
  'new',
  'generate',
  'dev',
  'build',
  'export',
  'check',
  'lint',
]

function versus(args: string[]) {
  const result = spawnSync(process.execPath, [
    join(ROOT, 'scripts', 'versus.ts'),
    ...args,
  ], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

// A command as the real ones are declared, to read arguments against.
const sample = defineCommand({
  name: 'sample',
  summary: 'A sample.',
  synopsis: '[deck.md] [--out <file>]',
  positionals: { min: 0, max: 1, name: 'deck' },
  passThrough: 'slidev',
  options: {
    out: { type: 'string', short: 'o' },
    data: { type: 'string', default: 'data/x.yaml' },
    strict: { type: 'boolean', default: false },
  },
  help: [
    ['-o, --out <file>', 'where'],
  ],
  examples: ['versus sample -o x.pdf'],
  exits: '1 failed',
  run: async () => 0,
})

function reason(argv: string[]): string {
  try {
    parseCommand(sample, argv)
  }
  catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error(`${argv.join(' ')} parsed`)
}

describe('parsing arguments', () => {
  it('reads --flag value, --flag=value and -o value alike', () => {
    for (const argv of [
      ['--out', 'a.pdf'],
      ['--out=a.pdf'],
      ['-o', 'a.pdf'],
      ['-oa.pdf'],
    ]) {
      expect(parseCommand(sample, argv)).toMatchObject({
        values: { out: 'a.pdf' },
        positionals: [],
      })
    }
  })

  it('fills defaults, and keeps positionals and what follows -- apart', () => {
    expect(parseCommand(sample, [
      'deck.md',
      '--strict',
      '--',
      '--range',
      '1-3',
    ])).toEqual({
      values: { data: 'data/x.yaml', strict: true },
      positionals: ['deck.md'],
      passThrough: ['--range', '1-3'],
    })
  })

  it('refuses an unknown flag, a missing value, a value on a switch and a second deck, each in one line', () => {
    expect(reason(['--nope'])).toBe('Unknown option \'--nope\'')
    expect(reason(['-x'])).toBe('Unknown option \'-x\'')
    expect(reason(['--out'])).toBe('Option \'-o, --out <value>\' argument missing')
    expect(reason(['--strict=yes'])).toBe('Option \'--strict\' does not take an argument')
    expect(reason(['a.md', 'b.md'])).toBe('too many arguments: "b.md" (at most 1 deck)')
    for (const argv of [
      ['--nope'],
      ['--out'],
      ['a.md', 'b.md'],
    ])
      expect(reason(argv)).not.toContain('\n')
  })

  it('answers --help and -h', () => {
    expect(parseCommand(sample, ['--help'])).toBe('help')
    expect(parseCommand(sample, ['x.md', '-h'])).toBe('help')
    expect(helpText(sample)).toBe([
      'Usage: versus sample [deck.md] [--out <file>]',
      '',
      'A sample.',
      '',
      'Options:',
      '  -o, --out <file>  where',
      '  -h, --help        show this help',
      '',
      'Examples:',
      '  versus sample -o x.pdf',
      '',
      'Exit codes: 0 done, 1 failed, 2 bad usage.',
    ].join('\n'))
  })
})

describe('versus', () => {
  it('--help lists every command', () => {
    const r = versus(['--help'])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    const listed = r.stdout.split('Commands:\n')[1]!.split('\n\n')[0]!.split('\n').map(line => line.trim().split(' ')[0])
    expect(listed).toEqual(COMMANDS)
  })

  it.each(COMMANDS)('%s --help shows its usage, options, examples and exit codes', (name) => {
    const r = versus([name, '--help'])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toMatch(new RegExp(`^Usage: versus ${name} `))
    expect(r.stdout).toContain('\nOptions:\n')
    expect(r.stdout).toMatch(new RegExp(`\\nExamples:\\n  versus ${name}`))
    expect(r.stdout).toContain('2 bad usage.')
  })

  it.each(COMMANDS)('%s exits 2 with one line on an unknown flag', (name) => {
    expect(versus([name, '--no-such-flag'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `versus ${name}: Unknown option '--no-such-flag' (see versus ${name} --help)\n`,
    })
  })

  it.each([
    [
      ['dev', '--password', 'x'],
      'versus dev: --password needs --remote',
    ],
    [
      ['dev', '--port', 'http'],
      'versus dev: --port must be a number, got "http"',
    ],
    [
      ['dev', '--theme=neon'],
      'versus dev: --theme must be one of default, seriph, got "neon"',
    ],
    [
      ['build', 'a.md', 'b.md'],
      'versus build: too many arguments: "b.md" (at most 1 deck)',
    ],
    [
      ['check', 'nowhere.md'],
      'versus check: nowhere.md does not exist',
    ],
    [
      ['export', 'notes.txt'],
      'versus export: the deck must be a .md file, got "notes.txt"',
    ],
    [
      [
        'export',
        '-f',
        'notes',
        '--',
        '--range',
        '1',
      ],
      'versus export: --format notes takes no slidev options after --',
    ],
    [
      ['new', 'x'],
      'versus new: a comparison needs 2 to 4 named subjects, got 0',
    ],
  ])('%j exits 2 before doing anything', (args, line) => {
    expect(versus(args)).toEqual({ code: 2, stdout: '', stderr: `${line} (see versus ${args[0]} --help)\n` })
  })

  it('exits 2 without a command or with an unknown one', () => {
    expect(versus([])).toMatchObject({ code: 2, stdout: '' })
    expect(versus(['present'])).toMatchObject({ code: 2, stdout: '', stderr: 'versus: unknown command "present" (one of new, generate, dev, build, export, check, lint; see versus --help)\n' })
  })

  it('runs as npx versus inside the project (package.json bin)', async () => {
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'versus', '--help'], { cwd: ROOT })
    expect(stdout).toMatch(/^Usage: versus <command>/)
  })
})
