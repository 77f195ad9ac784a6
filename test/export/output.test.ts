import { describe, expect, it } from 'vitest'
import { exportPath, FORMATS, withExtension } from '../../scripts/export/output.ts'

describe('exportPath: one naming rule for every export', () => {
  it('puts each format beside the headmatter\'s exportFilename', () => {
    expect(FORMATS.map(f => exportPath('slides.md', 'exports/node-vs-django', f))).toEqual([
      'exports/node-vs-django.pdf',
      'exports/node-vs-django-clicks.pdf',
      'exports/node-vs-django-png',
      'exports/node-vs-django.pptx',
      'exports/node-vs-django-handout.pdf',
      'exports/node-vs-django-notes.pdf',
    ])
  })

  it('falls back to exports/<deck name> for a deck without one', () => {
    expect(exportPath('talks/my-talk.md', undefined, 'handout')).toBe('exports/my-talk-handout.pdf')
    expect(exportPath('my-talk.md', '  ', 'pdf')).toBe('exports/my-talk.pdf')
  })
})

describe('withExtension', () => {
  it('adds the format\'s extension when the name has none, as Slidev does, and keeps a folder as given', () => {
    expect(withExtension('out/deck', 'pdf')).toBe('out/deck.pdf')
    expect(withExtension('out/deck.PDF', 'clicks')).toBe('out/deck.PDF')
    expect(withExtension('out/deck', 'pptx')).toBe('out/deck.pptx')
    expect(withExtension('out/v1.2/pngs', 'png')).toBe('out/v1.2/pngs')
  })

  it('refuses a name for another kind of file', () => {
    expect(withExtension('handout.txt', 'handout')).toBeUndefined()
    expect(withExtension('deck.pdf', 'pptx')).toBeUndefined()
  })
})
