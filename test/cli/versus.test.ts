import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineCommand, helpText, parseCommand, UsageError } from '../../scripts/cli/command.ts'
import { ROOT, runVersus, spawnVersus } from '../support/versus.ts'

const COMMANDS = [
  'new',
  'generate',
  'dev',
  'build',
  'export',
  'check',
  'lint',
]

// What each command answers, in-process; the bin's own part (a Node of its own,
// its exit code, stdout and stderr apart) is 'the bin' below.
const versus = (args: string[]) => runVersus(args, ROOT)

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
  it('--help lists every command', async () => {
    const r = await versus(['--help'])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    const listed = r.stdout.split('Commands:\n')[1]!.split('\n\n')[0]!.split('\n').map(line => line.trim().split(' ')[0])
    expect(listed).toEqual(COMMANDS)
  })

  it.each(COMMANDS)('%s --help shows its usage, options, examples and exit codes', async (name) => {
    const r = await versus([name, '--help'])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toMatch(new RegExp(`^Usage: versus ${name} `))
    expect(r.stdout).toContain('\nOptions:\n')
    expect(r.stdout).toMatch(new RegExp(`\\nExamples:\\n  versus ${name}`))
    expect(r.stdout).toContain('2 bad usage.')
  })

  it.each(COMMANDS)('%s exits 2 with one line on an unknown flag', async (name) => {
    expect(await versus([name, '--no-such-flag'])).toEqual({
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
      ['export', '-f', 'pdf,gif'],
      'versus export: --format must be one of pdf, clicks, png, pptx, handout, notes, got "gif"',
    ],
    [
      [
        'export',
        '-f',
        'pdf,handout',
        '-o',
        'both.pdf',
      ],
      'versus export: --out "both.pdf": with several formats, name the files without an extension; each adds its own',
    ],
    [
      [
        'export',
        '-f',
        'pdf,handout',
        '--',
        '--dark',
      ],
      'versus export: --format handout takes no slidev options after --',
    ],
    [
      [
        'export',
        '-f',
        'pdf,png',
        '--paper',
        'A4',
      ],
      'versus export: --paper is for --format handout',
    ],
    [
      ['new', 'x'],
      'versus new: a comparison needs 2 to 4 named subjects, got 0',
    ],
  ])('%j exits 2 before doing anything', async (args, line) => {
    expect(await versus(args)).toEqual({ code: 2, stdout: '', stderr: `${line} (see versus ${args[0]} --help)\n` })
  })

  it('exits 2 without a command or with an unknown one', async () => {
    expect(await versus([])).toMatchObject({ code: 2, stdout: '' })
    expect(await versus(['present'])).toMatchObject({ code: 2, stdout: '', stderr: 'versus: unknown command "present" (one of new, generate, dev, build, export, check, lint; see versus --help)\n' })
  })
})

// The bin itself, each case a Node of its own: these run at once, not in turn.
describe('the bin', () => {
  beforeAll(() => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
    if (major < 22 || (major === 22 && minor < 18))
      throw new Error(`Node ${process.versions.node} cannot run scripts/*.ts natively: start the tests through npm (node_modules/.bin/node is Node 24).`)
  })

  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'versus-bin-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it.concurrent('--help: exit 0, the commands on stdout, nothing on stderr', async ({ expect }) => {
    const r = await spawnVersus(['--help'])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toMatch(/^Usage: versus <command>/)
    expect(r.stdout.split('Commands:\n')[1]!.split('\n\n')[0]!.split('\n').map(line => line.trim().split(' ')[0])).toEqual(COMMANDS)
  })

  it.concurrent('bad usage: exit 2, one line on stderr, nothing on stdout', async ({ expect }) => {
    expect(await spawnVersus(['generate', '--no-such-flag'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'versus generate: Unknown option \'--no-such-flag\' (see versus generate --help)\n',
    })
  })

  it.concurrent('no command or an unknown one: exit 2, one line on stderr', async ({ expect }) => {
    const [none, unknown] = await Promise.all([
      spawnVersus([]),
      spawnVersus(['present']),
    ])
    expect(none).toEqual({ code: 2, stdout: '', stderr: 'versus: no command given (one of new, generate, dev, build, export, check, lint; see versus --help)\n' })
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: 'versus: unknown command "present" (one of new, generate, dev, build, export, check, lint; see versus --help)\n' })
  })

  it.concurrent('a command that works: exit 0, its report on stdout, nothing on stderr', async ({ expect }) => {
    const out = join(dir, 'minimal.md')
    const r = await spawnVersus([
      'generate',
      '--data',
      'test/fixtures/valid/minimal.yaml',
      '--out',
      out,
    ])
    expect(r).toEqual({ code: 0, stdout: `${out}: 6 slides from test/fixtures/valid/minimal.yaml.\n`, stderr: '' })
    expect(await readFile(out, 'utf8')).toContain('"title": "Minimal"')
  })

  it.concurrent('a command that fails: exit 1, its errors on stderr, nothing on stdout', async ({ expect }) => {
    const r = await spawnVersus([
      'generate',
      '--data',
      'test/fixtures/invalid/empty.yaml',
      '--out',
      join(dir, 'empty.md'),
    ])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.split('\n')[0]).toBe('test/fixtures/invalid/empty.yaml:1:1: the file is empty: a dataset needs at least title, subjects and aspects')
  })

  it.concurrent('runs as npx versus inside the project (package.json bin)', async ({ expect }) => {
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'versus', '--help'], { cwd: ROOT })
    expect(stdout).toMatch(/^Usage: versus <command>/)
  })
})
