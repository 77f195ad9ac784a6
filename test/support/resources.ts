import { afterAll } from 'vitest'

/**
 * Things a suite starts (servers, browsers, folders), each registered as it
 * starts, and all of them stopped after the suite, awaited. A setup that fails
 * halfway still stops what did start: `Promise.all` rejects at the first
 * failure while the others are still starting, so the closer waits for every
 * start to settle before it stops them.
 */
export function suiteResources(): <T>(starting: Promise<T>, stop: (started: T) => Promise<unknown>) => Promise<T> {
  const starts: Promise<unknown>[] = []
  const stops: Array<() => Promise<unknown>> = []
  afterAll(async () => {
    await Promise.allSettled(starts)
    // Last started, first stopped: a browser before the server it was looking at.
    await Promise.allSettled(stops.reverse().map(stop => stop()))
  })
  return (starting, stop) => {
    const started = starting.then((value) => {
      stops.push(() => stop(value))
      return value
    })
    starts.push(started)
    return started
  }
}
