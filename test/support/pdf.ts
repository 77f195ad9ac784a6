import { execFile } from 'node:child_process'
import process from 'node:process'
import { promisify } from 'node:util'
import { ROOT } from '../browser/harness.ts'

const run = promisify(execFile)

/**
 * Share of ink (grey < 200) in rows `from`..`to` (fractions of the page
 * height) of one PDF page, rendered by pdftoppm at 30 dpi.
 */
export async function ink(pdf: string, page: number, from: number, to: number): Promise<number> {
  const { stdout } = await run('pdftoppm', [
    '-f',
    String(page),
    '-l',
    String(page),
    '-r',
    '30',
    '-gray',
    pdf,
  ], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 })
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(stdout.subarray(0, 50).toString('latin1'))
  if (!header)
    throw new Error('pdftoppm did not write a PGM')
  const [width, height] = [
    Number(header[1]),
    Number(header[2]),
  ]
  const pixels = stdout.subarray(header[0].length)
  const [top, bottom] = [
    Math.floor(height * from),
    Math.floor(height * to),
  ]
  let dark = 0
  for (let i = top * width; i < bottom * width; i++) {
    dark += pixels[i]! < 200
      ? 1
      : 0
  }
  return dark / ((bottom - top) * width)
}

/** Speaker notes as a reader sees them: escapes and entities resolved, no whitespace (line breaks differ). */
export function plainNote(note: string): string {
  const entities: Record<string, string> = {
    lt: '<',
    gt: '>',
    quot: '"',
    amp: '&',
  }
  return note
    .replace(/\\([\p{P}\p{S}])/gu, '$1')
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => entities[name]!)
    .replace(/\s+/g, '')
}

/** Runs one of the project's scripts on its Node; never rejects. */
export function runScript(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number, stdout: string, stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        CI: 'true',
        ...env,
      },
    }, (error, out, err) => {
      resolve({
        code: error
          ? Number(error.code ?? 1)
          : 0,
        stdout: out,
        stderr: err,
      })
    })
  })
}
