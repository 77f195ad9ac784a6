import { spawn } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { ROOT } from './generation.ts'

// What a speaker without versus starts, and the baseline of every Slidev
// figure: the baseline deck in a Slidev project of its own, with its own
// install of the Slidev, theme, fonts and Playwright this project has (the
// same versions) and nothing else of ours: no Vite config, setup files,
// components, global layers or styles but the fonts.

/**
 * The packages a plain project installs besides the fonts: Slidev's starter
 * has the first three; `slidev export` asks for playwright-chromium.
 */
const PACKAGES = [
  '@slidev/cli',
  '@slidev/theme-default',
  'vue',
  'playwright-chromium',
]

/** `import '<font package>/<file>.css'` lines of the project's styles: the fonts a plain project loads the same way. */
const FONT_IMPORT = /^import '(@fontsource\/[^/']+)\/[^']+'$/gm

export interface PlainProject {
  dir: string
  /** Its Slidev CLI, run on this project's Node. */
  bin: string
  remove: () => Promise<void>
}

/** The plain project's package.json and styles/index.ts, from this project's installed versions and font imports. */
export async function plainProjectFiles(root = ROOT): Promise<{ packageJson: string, styles: string }> {
  const styles = await readFile(join(root, 'styles', 'index.ts'), 'utf8')
  const fonts = [
    ...styles.matchAll(FONT_IMPORT),
  ]
  const version = async (name: string) => (JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
  const names = [
    ...new Set([
      ...PACKAGES,
      ...fonts.map(m => m[1]!),
    ]),
  ]
  const dependencies = Object.fromEntries(await Promise.all(names.map(async name => [name, await version(name)])))
  return {
    packageJson: `${JSON.stringify({
      name: 'plain-slidev',
      private: true,
      type: 'module',
      dependencies,
    }, null, 2)}\n`,
    styles: `${fonts.map(m => m[0]).join('\n')}\n`,
  }
}

/** npm, as this process was started by it (`npm run bench`) or from the PATH. */
function npm(args: string[], cwd: string): Promise<void> {
  const execPath = process.env.npm_execpath
  const [command, argv] = execPath
    ? [
        process.execPath,
        [execPath, ...args],
      ]
    : ['npm', args]
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {
      cwd,
      // playwright-chromium's install step would download a Chromium: the export is given the one the bench found.
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (d: Uint8Array) => (err += d))
    child.on('error', reject)
    child.on('exit', code => code === 0
      ? resolve()
      : reject(new Error(`npm ${args.join(' ')} exited ${code}\n${err.slice(-2000)}`)))
  })
}

/** Writes the plain project with `deck` as its slides.md in a temporary folder and installs it from the npm registry (or npm's cache). */
export async function preparePlainProject(deck: string): Promise<PlainProject> {
  const dir = await mkdtemp(join(tmpdir(), 'versus-bench-plain-'))
  const remove = () => rm(dir, { recursive: true, force: true })
  try {
    const { packageJson, styles } = await plainProjectFiles()
    await mkdir(join(dir, 'styles'))
    await mkdir(join(dir, 'public'))
    await Promise.all([
      writeFile(join(dir, 'package.json'), packageJson),
      writeFile(join(dir, 'styles', 'index.ts'), styles),
      writeFile(join(dir, 'slides.md'), deck),
      // The headmatter names it.
      copyFile(join(ROOT, 'public', 'favicon.svg'), join(dir, 'public', 'favicon.svg')),
    ])
    await npm([
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
    ], dir)
    return {
      dir,
      bin: join(dir, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs'),
      remove,
    }
  }
  catch (error) {
    await remove()
    throw error
  }
}
