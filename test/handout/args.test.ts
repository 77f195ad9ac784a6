import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseHandoutArgs } from '../../scripts/handout/args.ts'
import { ExportError } from '../../scripts/handout/cli.ts'

// `npm run export:handout`'s command line. The deck must exist, so each test
// runs in a folder holding one.

let dir: string
const cwd = process.cwd()

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'versus-handout-args-'))
  writeFileSync(join(dir, 'slides.md'), '# One\n')
  writeFileSync(join(dir, 'talk.md'), '# Two\n')
  process.chdir(dir)
})

afterAll(() => {
  process.chdir(cwd)
  rmSync(dir, { recursive: true, force: true })
})

/** The ExportError a command line throws, as code and first line. */
function failure(argv: string[]): { code: number, reason: string } {
  try {
    parseHandoutArgs(argv)
  }
  catch (error) {
    expect(error).toBeInstanceOf(ExportError)
    return { code: (error as ExportError).code, reason: (error as ExportError).message.split('\n')[0]! }
  }
  throw new Error(`${argv.join(' ')} was accepted`)
}

describe('parseHandoutArgs', () => {
  it('defaults to slides.md, 1 per page, A4', () => {
    expect(parseHandoutArgs([])).toEqual({
      entry: 'slides.md',
      output: undefined,
      perPage: 1,
      paper: 'A4',
    })
  })

  it('takes a deck, -o, --per-page and --paper, with or without =', () => {
    expect(parseHandoutArgs([
      'talk.md',
      '-o',
      'out/h.pdf',
      '--per-page=3',
      '--paper',
      'Letter',
    ])).toEqual({
      entry: 'talk.md',
      output: 'out/h.pdf',
      perPage: 3,
      paper: 'Letter',
    })
    expect(parseHandoutArgs([
      '--per-page',
      '6',
      '--output=h.pdf',
      '--paper=letter',
    ])).toMatchObject({ perPage: 6, paper: 'Letter', output: 'h.pdf' })
    expect(parseHandoutArgs(['--per-page', '2', '--paper', 'a4'])).toMatchObject({ perPage: 2, paper: 'A4' })
  })

  it('answers --help and -h', () => {
    expect(parseHandoutArgs(['--help'])).toBe('help')
    expect(parseHandoutArgs(['-h', '--per-page', '4'])).toBe('help')
  })

  it('rejects values it has no layout for with one line and code 2', () => {
    expect(failure(['--per-page', '4'])).toEqual({ code: 2, reason: '--per-page must be 1, 2, 3 or 6, got "4".' })
    expect(failure(['--per-page=0'])).toEqual({ code: 2, reason: '--per-page must be 1, 2, 3 or 6, got "0".' })
    expect(failure(['--per-page', 'two'])).toEqual({ code: 2, reason: '--per-page must be 1, 2, 3 or 6, got "two".' })
    expect(failure(['--paper', 'A3'])).toEqual({ code: 2, reason: '--paper must be A4 or Letter, got "A3".' })
  })

  it('rejects unknown flags, missing values and wrong files with code 2', () => {
    expect(failure(['--pages', '2']).code).toBe(2)
    expect(failure(['--pages', '2']).reason).toContain('--pages')
    expect(failure(['--per-page']).reason).toContain('argument missing')
    expect(failure(['--paper']).reason).toContain('argument missing')
    expect(failure(['-o', 'h.txt'])).toEqual({ code: 2, reason: '--output must name a .pdf file, got "h.txt".' })
    expect(failure(['nope.md']).reason).toBe('nope.md does not exist.')
    expect(failure(['slides.md', 'talk.md']).code).toBe(2)
  })
})
