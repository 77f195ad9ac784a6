import { describe, expect, it } from 'vitest'
import { LineCounter, parseDocument } from 'yaml'
import { formatError, formatPath, toDatasetError } from '../../scripts/dataset/errors.ts'

describe('formatPath', () => {
  it.each([
    [[], ''],
    [
      ['title'],
      'title',
    ],
    [
      ['aspects', 2, 'cells', 'django'],
      'aspects[2].cells.django',
    ],
    [
      [
        'subjects',
        0,
        'architecture',
        'nodes',
        3,
        'id',
      ],
      'subjects[0].architecture.nodes[3].id',
    ],
    [
      ['scenarios', 0, 'weights', 'real-time'],
      'scenarios[0].weights.real-time',
    ],
    [
      ['aspects', 0, 'cells', 'has space'],
      'aspects[0].cells."has space"',
    ],
    [
      ['aspects', 0, 'cells', 'a.b'],
      'aspects[0].cells."a.b"',
    ],
    [
      ['aspects', 0, 'cells', '1st'],
      'aspects[0].cells."1st"',
    ],
    [
      ['aspects', 0, 'cells', ''],
      'aspects[0].cells.""',
    ],
    [
      ['we"ird'],
      '"we\\"ird"',
    ],
  ] as const)('%j -> %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected)
  })
})

describe('formatError', () => {
  it('writes file:line:col: path: message', () => {
    expect(formatError({
      file: 'data/x.yaml',
      line: 3,
      col: 7,
      path: 'aspects[0].cells.django',
      message: 'required',
    }))
      .toBe('data/x.yaml:3:7: aspects[0].cells.django: required')
  })

  it('leaves the path out when there is none', () => {
    expect(formatError({
      file: 'x.yaml',
      line: 1,
      col: 1,
      path: '',
      message: 'no such file',
    })).toBe('x.yaml:1:1: no such file')
  })
})

describe('toDatasetError', () => {
  const text = 'title: T\naspects:\n  - id: a\n    cells:\n      node: x\n'
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })

  it('points at a value', () => {
    expect(toDatasetError({
      path: ['aspects', 0, 'cells', 'node'],
      message: 'm',
    }, 'f', doc, lines))
      .toEqual({
        file: 'f',
        line: 5,
        col: 13,
        path: 'aspects[0].cells.node',
        message: 'm',
      })
  })

  it('points at a key when asked', () => {
    expect(toDatasetError({
      path: ['aspects', 0, 'cells', 'node'],
      message: 'm',
      atKey: true,
    }, 'f', doc, lines))
      .toMatchObject({ line: 5, col: 7 })
  })

  it('points a missing field at where its parent starts', () => {
    expect(toDatasetError({
      path: ['aspects', 0, 'title'],
      message: 'required',
    }, 'f', doc, lines))
      .toMatchObject({ line: 3, col: 5, path: 'aspects[0].title' })
  })

  it('points past the end of a list at the list', () => {
    expect(toDatasetError({
      path: ['aspects', 5, 'id'],
      message: 'm',
    }, 'f', doc, lines))
      .toMatchObject({ line: 3, col: 3 })
  })

  it('falls back to 1:1 without a document', () => {
    expect(toDatasetError({
      path: ['x'],
      message: 'm',
    }, 'f', undefined, undefined))
      .toEqual({
        file: 'f',
        line: 1,
        col: 1,
        path: 'x',
        message: 'm',
      })
  })
})
