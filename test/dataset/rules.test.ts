import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadDataset, parseDataset } from '../../scripts/dataset/load.ts'
import { checkReferences } from '../../scripts/dataset/rules.ts'

const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url))
const raw = async (p: string): Promise<unknown> => parse(await readFile(fixture(p), 'utf8'))

describe('checkReferences', () => {
  it.each([
    'valid/minimal.yaml',
    'valid/full-3.yaml',
    'valid/four.json',
    'valid/hostile.yaml',
  ])('finds nothing wrong in %s', async (name) => {
    expect(checkReferences(await raw(name))).toEqual([])
  })

  it('finds nothing wrong in the real dataset', async () => {
    expect(checkReferences(parse(await readFile(fileURLToPath(new URL('../../data/node-vs-django.yaml', import.meta.url)), 'utf8')))).toEqual([])
  })

  it.each([
    null,
    undefined,
    42,
    'text',
    [],
    [1, 2],
    {},
  ])('does not throw on a dataset that is %j', (value) => {
    expect(checkReferences(value)).toEqual([])
  })

  it('reads badly shaped parts defensively, still reporting what it can', () => {
    const issues = checkReferences({
      subjects: [
        null,
        'x',
        { id: 'a' },
        {
          id: 'a',
          architecture: {
            nodes: 'no',
            edges: [
              null,
              { from: 'q' },
            ],
          },
        },
      ],
      aspects: [
        null,
        {
          id: 'x',
          cells: [],
          scores: 'none',
          details: { z: [] },
          sources: [1, 'missing'],
        },
      ],
      scenarios: [
        { id: 's', weights: null },
        'junk',
      ],
      sources: 'not a list',
    })
    expect(issues).toEqual([
      {
        path: ['subjects', 3, 'id'],
        message: 'duplicate subject id "a"',
      },
      {
        path: ['aspects', 1, 'sources', 1],
        message: 'unknown source "missing" (define it under sources)',
      },
      {
        path: [
          'subjects',
          3,
          'architecture',
          'edges',
          1,
          'from',
        ],
        message: 'unknown node "q" (nodes: none)',
      },
      {
        path: ['aspects', 1, 'details', 'z'],
        message: 'unknown subject "z" (subjects: a)',
        atKey: true,
      },
    ])
  })

  it('points unknown keys at the key itself (atKey) and missing ones at the record', () => {
    const issues = checkReferences({
      subjects: [
        { id: 'a' },
        { id: 'b' },
      ],
      aspects: [
        {
          id: 'x',
          cells: { a: '1', c: '3' },
        },
      ],
    })
    expect(issues).toEqual([
      {
        path: ['aspects', 0, 'cells', 'c'],
        message: 'unknown subject "c" (subjects: a, b)',
        atKey: true,
      },
      {
        path: ['aspects', 0, 'cells', 'b'],
        message: 'required (every subject needs a cell)',
      },
    ])
  })

  it('does not require scores when an aspect has none', () => {
    expect(checkReferences({
      subjects: [
        { id: 'a' },
        { id: 'b' },
      ],
      aspects: [
        {
          id: 'x',
          cells: { a: '1', b: '2' },
        },
      ],
    })).toEqual([])
  })

  it('reports a key named __proto__ as an unknown subject', () => {
    const result = parseDataset('title: T\nsubjects: [{ id: a, name: A, tagline: x }, { id: b, name: B, tagline: y }]\naspects: [{ id: s, title: S, cells: { a: "1", b: "2", __proto__: "3" } }]\n', 'p.yaml')
    expect(result.ok
      ? []
      : result.errors.map(e => `${e.line}:${e.col}: ${e.path}: ${e.message}`)).toEqual([
      '3:55: aspects[0].cells.__proto__: unknown subject "__proto__" (subjects: a, b)',
    ])
  })

  // "constructor" is a valid slug, and `id in value` would find it on
  // Object.prototype: the rule must look at the object's own keys.
  it('reports a subject with id "constructor" missing from cells', async () => {
    const text = 'title: T\nsubjects: [{ id: constructor, name: C, tagline: x }, { id: b, name: B, tagline: y }]\naspects: [{ id: s, title: S, cells: { b: "2" } }]\n'
    const result = parseDataset(text, 'c.yaml')
    expect(result.ok).toBe(false)
  })

  it('accepts weights of 0 and unlisted aspects', async () => {
    const result = await loadDataset(fixture('valid/full-3.yaml'))
    expect(result.ok && result.dataset.scenarios?.map(s => Object.keys(s.weights).length)).toEqual([3, 2])
  })
})
