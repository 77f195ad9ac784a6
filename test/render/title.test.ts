import type { Dataset } from '../../scripts/dataset/schema.ts'
import { describe, expect, it } from 'vitest'
import { createContext } from '../../scripts/render/context.ts'
import { titleSlide } from '../../scripts/render/title.ts'

const cited: Dataset = {
  title: 'T',
  subjects: [
    {
      id: 'a',
      name: 'A',
      tagline: 't',
      sources: ['s'],
    },
    {
      id: 'b',
      name: 'B',
      tagline: 't',
      sources: ['s'],
    },
  ],
  aspects: [
    {
      id: 'x',
      title: 'X',
      cells: { a: '1', b: '2' },
      details: {
        a: [
          {
            text: 'c',
            sources: ['s'],
          },
        ],
      },
      sources: ['s'],
    },
  ],
  sources: [
    { id: 's', title: 'S', url: 'https://example.com/' },
  ],
}

const promise = 'Every claim on these slides cites a source: the small numbers beside it, listed on the sources slides at the end.'

describe('titleSlide', () => {
  it('promises a source for every claim only when the dataset keeps that promise', () => {
    expect(titleSlide(createContext(cited)).notes).toContain(promise)
    const loose = structuredClone(cited)
    loose.aspects[0]!.details!.a!.push('uncited')
    const notes = titleSlide(createContext(loose)).notes
    expect(notes).not.toContain(promise)
    expect(notes).toContain('The small numbers beside a claim are its sources, listed on the sources slides at the end.')
  })

  it('says nothing of sources when there are none', () => {
    const { sources: _, ...none } = cited
    const bare = {
      ...none,
      subjects: none.subjects.map(({ sources: _s, ...s }) => s),
      aspects: none.aspects.map(({ sources: _s, details: _d, ...a }) => a),
    }
    expect(titleSlide(createContext(bare)).notes.join(' ')).not.toMatch(/source/i)
  })
})
