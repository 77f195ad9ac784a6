import type { Browser } from 'playwright-core'
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkLayout, showSlide } from '../../scripts/check-layout.ts'
import { DECK_SHOWN } from '../../scripts/deck-shown.ts'
import { generate } from '../../scripts/generate.ts'
import { suiteResources } from '../support/resources.ts'
import { workerThreads } from '../support/threads.ts'
import { launchBrowser, newPage, readDeck, ROOT, startDevServer } from './harness.ts'

// The stress dataset (long lists, long cells, three subjects) in the dev
// server: everything fits, and editing the YAML updates the open deck.

const ENTRY = '.test-stress.md'
let browser: Browser
let server: Awaited<ReturnType<typeof startDevServer>>
let tmp: string
let data: string

const use = suiteResources()

beforeAll(async () => {
  tmp = await use(mkdtemp(join(tmpdir(), 'versus-live-')), dir => rm(dir, { recursive: true, force: true }))
  data = join(tmp, 'stress.yaml')
  await copyFile(join(ROOT, 'test', 'fixtures', 'valid', 'stress.yaml'), data)
  expect((await use(generate({
    data,
    out: join(ROOT, ENTRY),
  }), () => rm(join(ROOT, ENTRY), { force: true }))).status).toBe('written')
  ;[server, browser] = await Promise.all([
    use(startDevServer(ENTRY, {
      cwd: ROOT,
      live: {
        data,
        out: join(ROOT, ENTRY),
      },
    }), s => s.stop()),
    use(launchBrowser(), b => b.close()),
  ])
}, 120_000)

/** The stress deck's first comparison table slide, open in a new page. */
async function openTable() {
  const table = (await readDeck(join(ROOT, ENTRY))).find(s => s.component === 'ComparisonTable')!
  const page = await newPage(browser)
  await page.goto(`${server.url}/${table.no}`, { waitUntil: 'networkidle' })
  await showSlide(page, table.no)
  return { table, page }
}

/** The stress dataset as the fixture has it, and the first cell the table slide shows. */
async function fixtureCell() {
  const original = await readFile(join(ROOT, 'test', 'fixtures', 'valid', 'stress.yaml'), 'utf8')
  return { original, cell: /^ {6}amber: "([^"]+)"$/m.exec(original)![1]! }
}

describe('stress dataset', () => {
  // First: the server has not seen a page yet.
  it.runIf(process.platform === 'linux')('starts the live-data generator once the page shows a slide, not while the deck opens', async () => {
    const pid = server.child.pid!
    expect(workerThreads(pid)).toBe(0)
    const page = await newPage(browser)
    const told = new Promise<void>((resolve) => {
      page.on('websocket', ws => ws.on('framesent', ({ payload }) => {
        if (String(payload).includes(`"event":"${DECK_SHOWN}"`))
          resolve()
      }))
    })
    await page.goto(`${server.url}/1`)
    await showSlide(page, 1)
    await told
    await expect.poll(() => workerThreads(pid), { timeout: 10_000 }).toBe(1)
    await page.close()
  }, 60_000)

  it('prepares every slide once the first is shown, before the page asks for them', async () => {
    const slides = await readDeck(join(ROOT, ENTRY))
    const page = await newPage(browser)
    await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
    await expect.poll(() => /versus: preparing (\d+) slides/.exec(server.output())?.[1], { timeout: 30_000 }).toBe(String(slides.length))
    await page.close()
  }, 60_000)

  it('continues long lists on next slides: nothing overflows or is clipped', async () => {
    const slides = await readDeck(join(ROOT, ENTRY))
    expect(slides.filter(s => /\(\d+\/\d+\)$/.test(s.title)).length).toBeGreaterThan(10)
    const page = await newPage(browser)
    await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
    expect(await checkLayout(page, slides.length)).toEqual([])
    await page.close()
  }, 180_000)

  it('shows a saved edit of the YAML without a reload, and keeps the last good deck on an invalid save', async () => {
    const { table, page } = await openTable()
    await page.evaluate(() => ((window as { marker?: number }).marker = 1))
    const { original, cell } = await fixtureCell()
    expect(await page.locator(`.slidev-page-${table.no}`).textContent()).toContain(cell)

    await writeFile(data, original.replace(`amber: "${cell}"`, 'amber: "Edited live from the YAML"'))
    await expect.poll(() => page.locator(`.slidev-page-${table.no}`).textContent(), { timeout: 20_000 }).toContain('Edited live from the YAML')
    expect(await page.evaluate(() => (window as { marker?: number }).marker), 'updated in place, not reloaded').toBe(1)

    // Saved in place again and again (truncate, then write): every edit must show.
    for (let n = 1; n <= 10; n++) {
      await writeFile(data, original.replace(`amber: "${cell}"`, `amber: "In-place save number ${n}"`))
      await expect.poll(() => page.locator(`.slidev-page-${table.no}`).textContent(), { timeout: 10_000 }).toContain(`In-place save number ${n}`)
    }
    await writeFile(data, original.replace(`amber: "${cell}"`, 'amber: "Edited live from the YAML"'))
    await expect.poll(() => page.locator(`.slidev-page-${table.no}`).textContent(), { timeout: 10_000 }).toContain('Edited live from the YAML')

    const before = await readFile(join(ROOT, ENTRY), 'utf8')
    await writeFile(data, original.replace(`amber: "${cell}"`, 'amber: [unclosed'))
    await expect.poll(() => server.output(), { timeout: 20_000 }).toMatch(/stress\.yaml:\d+:\d+: /)
    expect(await readFile(join(ROOT, ENTRY), 'utf8')).toBe(before)
    // Polled: the slide may still be re-rendering from the module update of the last good save.
    await expect.poll(() => page.locator(`.slidev-page-${table.no}`).textContent(), { timeout: 10_000 }).toContain('Edited live from the YAML')
    await page.close()
  }, 60_000)

  it('shows an edit from Slidev\'s announcement of the changed slide, before the page has fetched the slide\'s modules again', async () => {
    const { table, page } = await openTable()
    // Hot-update fetches (`?t=`) of the slides' modules wait until the edit shows.
    let release!: () => void
    const released = new Promise<void>(resolve => (release = resolve))
    const held: string[] = []
    await page.route(url => /__slidev_\d+\.(?:md|frontmatter)\b.*[?&]t=/.test(url.href), async (route) => {
      held.push(route.request().url())
      await released
      await route.continue()
    })
    // The fixture again: the test before leaves the data invalid.
    const { original, cell } = await fixtureCell()
    await writeFile(data, original.replace(`amber: "${cell}"`, 'amber: "Shown from the announcement"'))
    await expect.poll(() => page.locator(`.slidev-page-${table.no}`).textContent(), { timeout: 20_000 }).toContain('Shown from the announcement')
    // The edit showed while any fetch of the new modules was held; the page still makes one.
    await expect.poll(() => held.length, { message: 'the page did ask for the updated modules', timeout: 10_000 }).toBeGreaterThan(0)
    release()
    await page.unrouteAll({ behavior: 'wait' })
    await writeFile(data, original)
    await expect.poll(() => page.locator(`.slidev-page-${table.no}`).textContent(), { timeout: 10_000 }).toContain(cell)
    await page.close()
  }, 60_000)

  it('makes no CSS from dataset text: a cell that reads as a UnoCSS class gets no rule, and the edit sends no new stylesheet', async () => {
    const { table, page } = await openTable()
    let stylesheets = 0
    page.on('websocket', ws => ws.on('framereceived', (frame) => {
      if (/"type":"update".*__uno/.test(String(frame.payload)))
        stylesheets++
    }))
    // UnoCSS scans pages through Vite: a class it made shows up in the page's styles.
    const styles = () => page.evaluate(() => [
      ...document.querySelectorAll('style'),
    ].map(s => s.textContent).join('\n'))
    const { original, cell } = await fixtureCell()
    await writeFile(data, original.replace(`amber: "${cell}"`, 'amber: "tracking-[0.321em] and hidden"'))
    await expect.poll(() => page.locator(`.slidev-page-${table.no}`).textContent(), { timeout: 20_000 }).toContain('tracking-[0.321em] and hidden')
    // Given the time UnoCSS takes to send a stylesheet after it reads a module (10 ms).
    await page.waitForTimeout(1000)
    expect(await styles()).not.toContain('0.321em')
    expect(stylesheets).toBe(0)
    await writeFile(data, original)
    await expect.poll(() => page.locator(`.slidev-page-${table.no}`).textContent(), { timeout: 10_000 }).toContain(cell)
    await page.close()
  }, 60_000)

  it('finishes a save made as the server stops: the deck has it, and no temporary file is left beside it', async () => {
    // A server of its own, on a deck of its own, stopped right after the save:
    // before its file watcher has reported it, or while the deck is being made.
    const entry = '.test-stress-stop.md'
    const stopData = join(tmp, 'stop.yaml')
    await copyFile(join(ROOT, 'test', 'fixtures', 'valid', 'stress.yaml'), stopData)
    try {
      expect((await generate({
        data: stopData,
        out: join(ROOT, entry),
      })).status).toBe('written')
      const stopping = await startDevServer(entry, {
        cwd: ROOT,
        live: {
          data: stopData,
          out: join(ROOT, entry),
        },
      })
      try {
        const { original, cell } = await fixtureCell()
        await writeFile(stopData, original.replace(`amber: "${cell}"`, 'amber: "Saved as the server stopped"'))
      }
      finally {
        await stopping.stop()
      }
      expect(await readFile(join(ROOT, entry), 'utf8')).toContain('Saved as the server stopped')
      expect((await readdir(ROOT)).filter(f => f.startsWith(`${entry}.`))).toEqual([])
    }
    finally {
      await rm(join(ROOT, entry), { force: true })
    }
  }, 60_000)
})
