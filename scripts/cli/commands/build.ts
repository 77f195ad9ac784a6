import { existsSync } from 'node:fs'
import { runSlidev } from '../../slidev-server.ts'
import { defineCommand, UsageError } from '../command.ts'

export default defineCommand({
  name: 'build',
  summary: 'Build the deck as a static site that any web server can host; --without-notes to publish it.',
  synopsis: '[deck.md] [--out <folder>] [--without-notes] [--base <path>] [-- <slidev build options>]',
  positionals: { min: 0, max: 1, name: 'deck' },
  passThrough: 'slidev build',
  options: {
    'out': { type: 'string', short: 'o', default: 'dist' },
    'without-notes': { type: 'boolean', default: false },
    'base': { type: 'string' },
  },
  help: [
    ['deck.md', 'the deck; default slides.md'],
    ['-o, --out <folder>', 'where the site goes; default dist'],
    ['--without-notes', 'leave the speaker notes out: the fact-checks and asides in them stay\nyours (recommended for anything you publish)'],
    ['--base <path>', 'the path the site is served under, e.g. /talks/node-vs-django/'],
    ['-- <options>', 'more of slidev build\'s own options'],
  ],
  examples: [
    'versus build --without-notes',
    'versus build go-vs-rust.talk.md -o public-site --without-notes --base /talks/go-vs-rust/',
  ],
  exits: '1 Slidev\'s build failed',
  async run(values, [entry = 'slides.md'], passThrough, io) {
    if (!existsSync(entry))
      throw new UsageError(`${entry} does not exist`)
    await runSlidev([
      'build',
      entry,
      '--out',
      values.out,
      // Hash routes: the site works from any static host, with no rewrite rules.
      '--router-mode',
      'hash',
      ...values['without-notes']
        ? ['--without-notes']
        : [],
      ...values.base === undefined
        ? []
        : ['--base', values.base],
      ...passThrough,
    ])
    io.out(`${values.out}/: the deck as a static site${values['without-notes'] ? ', without speaker notes' : ''}.`)
    return 0
  },
})
