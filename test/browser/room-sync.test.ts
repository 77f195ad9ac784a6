import type { Browser, Page } from 'playwright-core'
import { networkInterfaces } from 'node:os'
import { beforeAll, describe, expect, it } from 'vitest'
import { showSlide } from '../../scripts/check-layout.ts'
import { suiteResources } from '../support/resources.ts'
import { builtDeck, launchBrowser, PRESENTER_BROWSER, readDeck, serveStatic, startDevServer, watchErrors } from './harness.ts'

// The decision matrix across devices, as `npm run dev -- --remote <password>`
// presents it: the audience screen in one browser on the presenting machine,
// the presenter view in another browser that reaches the server by the
// network address Slidev prints for a phone or a second machine. Two browsers
// share no BroadcastChannel and no storage: only the dev server links them
// (setup/decision-room.ts). A built site has no server: there the windows of
// one browser keep in step.

const PASSWORD = 'room-sync'

let audienceBrowser: Browser
let presenterBrowser: Browser
let server: Awaited<ReturnType<typeof startDevServer>>
let no: number
/** What the first test leaves the room showing. */
let left: Shown | undefined

const use = suiteResources()

/** This machine's address on the network, as a phone in the room would reach it; loopback when there is none. */
function networkAddress(): string {
  const nets = Object.values(networkInterfaces()).flat()
  return nets.find(n => n && n.family === 'IPv4' && !n.internal)?.address ?? '127.0.0.1'
}

beforeAll(async () => {
  const slides = await readDeck()
  const matrices = slides.filter(s => s.component === 'DecisionMatrix')
  expect(matrices.length).toBeGreaterThan(1)
  // Not the first: the slide number is the key, and the first is not special.
  no = matrices[1]!.no
  ;[server, audienceBrowser, presenterBrowser] = await Promise.all([
    use(startDevServer('slides.md', {
      args: [
        '--remote',
        PASSWORD,
      ],
    }), s => s.stop()),
    use(launchBrowser(), b => b.close()),
    use(launchBrowser(), b => b.close()),
  ])
}, 120_000)

interface Shown {
  heading: string
  pressed: number
  weights: string[]
  bars: string[]
}

/** What the decision slide `n` shows in `page`: heading, pressed profile, slider values and ranked bars with scores. */
function shows(page: Page, n: number): Promise<Shown> {
  return page.locator(`.slidev-page-${n} .matrix`).evaluate(m => ({
    heading: m.querySelector('h1')?.textContent?.trim() ?? '',
    pressed: [
      ...m.querySelectorAll('button.scenario'),
    ].findIndex(b => b.getAttribute('aria-pressed') === 'true'),
    weights: [
      ...m.querySelectorAll<HTMLInputElement>('input[type=range]'),
    ].map(i => i.value),
    bars: [
      ...m.querySelectorAll<HTMLElement>('.bar-row'),
    ].map(r => `${r.dataset.subject}:${r.querySelector('[data-score]')?.textContent}`),
  }))
}

/** Moves the first weight that changes the scores by one step with the keyboard; returns what `page` then shows. */
async function moveAWeight(page: Page, n: number): Promise<Shown> {
  const before = await shows(page, n)
  const sliders = page.locator(`.slidev-page-${n} input[type=range]`)
  for (let i = 0; i < await sliders.count(); i++) {
    await sliders.nth(i).focus()
    await page.keyboard.press((await sliders.nth(i).inputValue()) === '3'
      ? 'ArrowLeft'
      : 'ArrowRight')
    const after = await shows(page, n)
    if (JSON.stringify(after.bars) !== JSON.stringify(before.bars))
      return after
  }
  throw new Error('no weight changes the scores')
}

/** Picks the first profile that is not the one shown and changes the ranking; returns what `page` then shows. */
async function pickAnotherProfile(page: Page, n: number): Promise<Shown> {
  const before = await shows(page, n)
  const buttons = page.locator(`.slidev-page-${n} button.scenario`)
  for (let i = 0; i < await buttons.count(); i++) {
    if (i === before.pressed)
      continue
    await buttons.nth(i).click()
    const after = await shows(page, n)
    if (after.pressed === i && JSON.stringify(after.bars) !== JSON.stringify(before.bars))
      return after
  }
  throw new Error('no other profile changes the ranking')
}

describe('decision matrix in remote mode (two browsers, one dev server)', () => {
  it('a weight or profile picked in the presenter view shows on the audience screen, and the other way round', async () => {
    const audience = await (await audienceBrowser.newContext(PRESENTER_BROWSER)).newPage()
    const presenter = await (await presenterBrowser.newContext({
      ...PRESENTER_BROWSER,
      viewport: { width: 1600, height: 900 },
    })).newPage()
    const local = server.url
    const remote = server.url.replace('127.0.0.1', networkAddress())
    const errors = [
      ...watchErrors(audience, local),
      ...watchErrors(presenter, remote),
    ]
    // The first visit waits for Vite to transform the deck.
    await audience.goto(`${local}/${no}`, { waitUntil: 'networkidle', timeout: 120_000 })
    await showSlide(audience, no)
    await presenter.goto(`${remote}/presenter/${no}?password=${PASSWORD}`, { waitUntil: 'networkidle' })
    // The password let the presenter in: Slidev sends anyone without it back to the slide.
    expect(new URL(presenter.url()).pathname).toBe(`/presenter/${no}`)
    await presenter.locator(`.slidev-page-${no} button.scenario`).first().waitFor()
    const opening = await shows(audience, no)
    expect(await shows(presenter, no)).toEqual(opening)

    // Presenter → audience: a weight, then a profile.
    const moved = await moveAWeight(presenter, no)
    await expect.poll(() => shows(audience, no)).toEqual(moved)
    const picked = await pickAnotherProfile(presenter, no)
    await expect.poll(() => shows(audience, no)).toEqual(picked)

    // Audience → presenter, the same two ways.
    const movedBack = await moveAWeight(audience, no)
    await expect.poll(() => shows(presenter, no)).toEqual(movedBack)
    const pickedBack = await pickAnotherProfile(audience, no)
    await expect.poll(() => shows(presenter, no)).toEqual(pickedBack)

    // Nothing echoes back and forth: a moment later both still show the last pick.
    await audience.waitForTimeout(500)
    expect(await shows(presenter, no)).toEqual(pickedBack)
    expect(await shows(audience, no)).toEqual(pickedBack)
    // The presenter's link keeps its weights, and its password.
    const link = new URL(presenter.url())
    expect(link.searchParams.get(`w${no}`)).toMatch(/^[a-z-]+:[0-3]/)
    expect(link.searchParams.get('password')).toBe(PASSWORD)
    expect(errors).toEqual([])
    left = pickedBack
    await audience.context().close()
    await presenter.context().close()
  }, 240_000)

  it('a window opened later shows the room\'s choice; someone in the audience with the public link moves only their own', async () => {
    const audience = await (await audienceBrowser.newContext(PRESENTER_BROWSER)).newPage()
    await audience.goto(`${server.url}/${no}`, { waitUntil: 'networkidle' })
    await showSlide(audience, no)
    const room = await shows(audience, no)
    expect(room).toEqual(left)
    // A phone in the audience, following the public slide show by the network address.
    const phone = await (await presenterBrowser.newContext(PRESENTER_BROWSER)).newPage()
    await phone.goto(`${server.url.replace('127.0.0.1', networkAddress())}/${no}`, { waitUntil: 'networkidle' })
    await showSlide(phone, no)
    expect(await shows(phone, no)).toEqual(room)
    const own = await moveAWeight(phone, no)
    expect(own).not.toEqual(room)
    await audience.waitForTimeout(1000)
    expect(await shows(audience, no)).toEqual(room)
    // It still follows the room.
    const picked = await pickAnotherProfile(audience, no)
    await expect.poll(() => shows(phone, no)).toEqual(picked)
    await audience.context().close()
    await phone.context().close()
  }, 120_000)
})

describe('the remote dev server', () => {
  it('does not serve Slidev\'s deck-editing endpoint to the network (the headmatter says mcp: false)', async () => {
    const url = server.url.replace('127.0.0.1', networkAddress())
    const response = await fetch(`${url}/__mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept': 'application/json, text/event-stream' },
      body: '{"jsonrpc":"2.0","id":1,"method":"tools/list"}',
    })
    expect(await response.text()).not.toContain('slidev-update-slide')
  })
})

describe('decision matrix on the built site (no server)', () => {
  let site: { url: string, close: () => Promise<void> }

  beforeAll(async () => {
    site = await use(serveStatic(await builtDeck()), s => s.close())
  }, 180_000)

  it('keeps the presenter and audience windows of one browser in step, and no other browser', async () => {
    const context = await audienceBrowser.newContext(PRESENTER_BROWSER)
    const audience = await context.newPage()
    const presenter = await context.newPage()
    const elsewhere = await presenterBrowser.newPage(PRESENTER_BROWSER)
    await audience.goto(`${site.url}/#/${no}`, { waitUntil: 'networkidle' })
    await showSlide(audience, no)
    await elsewhere.goto(`${site.url}/#/${no}`, { waitUntil: 'networkidle' })
    await showSlide(elsewhere, no)
    await presenter.goto(`${site.url}/#/presenter/${no}`, { waitUntil: 'networkidle' })
    await presenter.locator(`.slidev-page-${no} button.scenario`).first().waitFor()
    const opening = await shows(elsewhere, no)

    const picked = await pickAnotherProfile(presenter, no)
    await expect.poll(() => shows(audience, no)).toEqual(picked)
    const moved = await moveAWeight(audience, no)
    await expect.poll(() => shows(presenter, no)).toEqual(moved)
    expect(await shows(elsewhere, no)).toEqual(opening)
    await context.close()
    await elsewhere.close()
  }, 120_000)
})
