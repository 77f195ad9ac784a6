import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { suiteResources } from './resources.ts'

// What the suite below saw as its resources stopped; checked once its own afterAll has run.
const seen: string[] = []

afterAll(() => {
  expect(seen).toEqual([
    'stopping the server',
    'removing the file, the server gone',
    'failed stop',
    'removing the folder',
  ])
})

describe('suiteResources', () => {
  const use = suiteResources()
  let stopped = false

  it('stops what a suite started after it, last first, each once the one before is done, a failing stop included', async () => {
    await use(Promise.resolve('folder'), async () => seen.push('removing the folder'))
    await use(Promise.resolve('failing'), async () => {
      seen.push('failed stop')
      throw new Error('could not stop')
    })
    await use(Promise.resolve('file'), async () => seen.push(stopped
      ? 'removing the file, the server gone'
      : 'removing the file while the server runs'))
    await use(Promise.resolve('server'), async () => {
      seen.push('stopping the server')
      await sleep(50)
      stopped = true
    })
    expect(seen).toEqual([])
  })
})
