// @vitest-environment happy-dom
import type { TitleView } from '../scripts/render/view.ts'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BrandFooter from '../components/BrandFooter.vue'
import TitleSlide from '../components/TitleSlide.vue'
import { formatError } from '../scripts/dataset/errors.ts'
import { loadDataset } from '../scripts/dataset/load.ts'
import { generate } from '../scripts/generate.ts'
import { brandView, LOGO_DIR } from '../scripts/render/brand.ts'
import { deckSlides, headmatter } from '../scripts/render/deck.ts'

// The dataset's brand: a logo copied with the deck, an accent refused when its
// text would be hard to read, and a footer line shown as typed.

// happy-dom replaces URL, so paths are built from the directory name.
const fixture = (p: string) => join(import.meta.dirname, 'fixtures', 'brand', p)

async function errorsOf(path: string): Promise<string[]> {
  const loaded = await loadDataset(path)
  return loaded.ok
    ? []
    : loaded.errors.map(formatError)
}

describe('brand in the dataset', () => {
  it('refuses an accent whose text falls under 4.5:1, naming the field and its place', async () => {
    const [error, ...rest] = await errorsOf(fixture('pale-accent.yaml'))
    expect(rest).toEqual([])
    expect(error).toMatch(/pale-accent\.yaml:\d+:\d+: brand\.accent: text in #FFDD00 has 1\.3:1 contrast on the light background \(#ffffff\); at least 4\.5:1 is needed/)
  })

  it('refuses a logo that is not there, relative to the dataset\'s folder', async () => {
    expect(await errorsOf(fixture('missing-logo.yaml'))).toEqual([
      expect.stringMatching(/missing-logo\.yaml:\d+:\d+: brand\.logo: no such image: missing\.svg/),
    ])
  })

  it('passes a readable accent, in light and dark shades, to the title slide and the headmatter', async () => {
    const loaded = await loadDataset(fixture('branded.yaml'))
    if (!loaded.ok)
      throw new Error(loaded.errors.map(formatError).join('\n'))
    const brand = brandView(loaded.dataset)
    expect(brand).toEqual({
      logo: '/brand/logo.svg',
      footer: 'Ada Lovelace · <b>Conf</b> {{ 2026 }}',
      accent: { light: '#0055aa', dark: '#73a2d0' },
    })
    expect(headmatter(loaded.dataset, { source: 'b.yaml', exportName: 'b' }).brand).toEqual(brand)
    expect((deckSlides(loaded.dataset)[0]!.view as TitleView).brand).toEqual(brand)
  })
})

describe('generate with a brand', () => {
  it('copies the logo where Slidev serves it, beside the deck, and --check finds the copy current', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'versus-brand-'))
    const out = join(dir, 'deck.md')
    try {
      expect((await generate({
        data: fixture('branded.yaml'),
        out,
        check: true,
      })).status).toBe('stale')
      expect((await generate({
        data: fixture('branded.yaml'),
        out,
      })).status).toBe('written')
      expect(await readFile(join(dir, LOGO_DIR, 'logo.svg'))).toEqual(await readFile(fixture('logo.svg')))
      expect((await generate({
        data: fixture('branded.yaml'),
        out,
        check: true,
      })).status).toBe('up-to-date')
    }
    finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('<BrandFooter> and the branded <TitleSlide>', () => {
  const brand = {
    logo: '/brand/logo.svg',
    footer: '<b>x</b> {{ 1 + 1 }}',
    accent: { light: '#0055aa', dark: '#73a2d0' },
  }

  it('shows the footer line as typed, the logo and the slide number, in the accent', () => {
    const w = mount(BrandFooter, {
      props: { brand, no: 3, total: 12 },
    })
    expect(w.get('.line').text()).toBe('<b>x</b> {{ 1 + 1 }}')
    expect(w.find('b').exists()).toBe(false)
    expect(w.get('img').attributes('src')).toBe('/brand/logo.svg')
    expect(w.get('.no').text()).toBe('3 / 12')
    expect(w.get('footer').attributes('style')).toContain('--accent: #0055aa')
  })

  it('puts the logo and an accent rule on the title slide, and nothing without a brand', () => {
    const view: TitleView = { title: 'T', subjects: [], brand }
    const w = mount(TitleSlide, { props: view })
    expect(w.get('img.logo').attributes('src')).toBe('/brand/logo.svg')
    expect(w.find('.accent').exists()).toBe(true)
    const plain = mount(TitleSlide, {
      props: { title: 'T', subjects: [] },
    })
    expect(plain.find('img').exists()).toBe(false)
    expect(plain.find('.accent').exists()).toBe(false)
  })
})
