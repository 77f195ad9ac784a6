import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import process from 'node:process'
import { browserHelp, findChromium } from './browser.ts'
import { loadDeckFile } from './deck-file.ts'

// Runs `slidev export` with a Chromium found on this machine: Slidev itself
// only knows Playwright's downloaded browser.

const FORMATS: Record<string, (base: string) => string[]> = {
  pdf: base => [
    '--format',
    'pdf',
    '--with-toc',
    '--output',
    base,
  ],
  clicks: base => [
    '--format',
    'pdf',
    '--with-toc',
    '--with-clicks',
    '--output',
    `${base}-clicks`,
  ],
  png: base => [
    '--format',
    'png',
    '--output',
    `${base}-png`,
  ],
  pptx: base => [
    '--format',
    'pptx',
    '--no-with-clicks',
    '--output',
    base,
  ],
}

const [format = 'pdf', ...rest] = process.argv.slice(2)
const args = FORMATS[format]
if (!args) {
  console.error(`Unknown export "${format}": use one of ${Object.keys(FORMATS).join(', ')}.`)
  process.exit(2)
}
const browser = await findChromium()
if (!browser) {
  console.error(browserHelp())
  process.exit(1)
}

const require = createRequire(import.meta.url)
const slidev = join(dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
const entry = rest.find(a => a.endsWith('.md')) ?? 'slides.md'
// The generator names exports after the dataset in the deck's headmatter.
const exportFilename: unknown = (await loadDeckFile(entry)).headmatter.exportFilename
// `--output <base>` overrides the name (without extension), as for Slidev.
const outputAt = rest.indexOf('--output')
const chosen = outputAt >= 0
  ? rest.splice(outputAt, 2)[1]
  : undefined
const base = chosen ?? (typeof exportFilename === 'string'
  ? exportFilename
  : `exports/${basename(entry, '.md')}`)
const child = spawn(process.execPath, [
  slidev,
  'export',
  ...args(base),
  '--executable-path',
  browser,
  ...rest,
], { stdio: 'inherit' })
child.on('exit', code => process.exit(code ?? 1))
