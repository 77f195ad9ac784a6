import { existsSync } from 'node:fs'
import { SCREEN } from '../../render/metrics.ts'
import { defineCommand, UsageError } from '../command.ts'

export default defineCommand({
  name: 'check',
  summary: `Open every slide in Chromium at ${SCREEN.width}×${SCREEN.height} and report text that overflows, is clipped or is too small to read; exit 1 on any.`,
  synopsis: '[deck.md]',
  positionals: { min: 0, max: 1, name: 'deck' },
  options: {},
  help: [
    ['deck.md', 'the deck, or a talk that imports sections; default slides.md'],
  ],
  examples: [
    'versus check',
    'versus check go-vs-rust.talk.md',
  ],
  exits: '1 a layout problem, no browser or the deck failed to load',
  async run(_values, [entry = 'slides.md'], _passThrough, io) {
    if (!existsSync(entry))
      throw new UsageError(`${entry} does not exist`)
    // Loaded when the command runs, not for its --help.
    const [{ launchChromium, requireChromium }, { checkLayout }, { loadDeckFile }, { startDevServer }] = await Promise.all([
      import('../../browser.ts'),
      import('../../check-layout.ts'),
      import('../../deck-file.ts'),
      import('../../slidev-server.ts'),
    ])
    const executablePath = await requireChromium()
    const count = (await loadDeckFile(entry)).slides.length
    const server = await startDevServer(entry)
    try {
      const browser = await launchChromium(executablePath)
      try {
        const page = await browser.newPage({
          viewport: { ...SCREEN },
        })
        await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
        const report = await checkLayout(page, count)
        for (const line of report)
          io.err(line)
        io.out(report.length
          ? `${report.length} layout problem(s) in ${entry}.`
          : `${entry}: ${count} slides, nothing overflows, is clipped or too small to read.`)
        return report.length
          ? 1
          : 0
      }
      finally {
        await browser.close()
      }
    }
    finally {
      await server.stop()
    }
  },
})
