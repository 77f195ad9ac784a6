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
    // Last started, first stopped, each once the one before is gone: a browser
    // before the server it was looking at, a live server before the deck file
    // it writes to is removed.
    for (const stop of stops.reverse()) {
      // One that fails to stop must not leave the rest running.
      await stop().catch(() => undefined)
    }
  }, 60_000)
  return (starting, stop) => {
    const started = starting.then((value) => {
      stops.push(() => stop(value))
      return value
    })
    starts.push(started)
    return started
  }
}
