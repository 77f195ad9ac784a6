import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SLIDE_LINK } from '../../scripts/handout/page.ts'
import { pdfPageSizes, placeSlides } from '../../scripts/handout/place.ts'
import { openPdf, pdfForms, pdfLinks, textRuns } from '../support/pdf.ts'

// Slides drawn into the frames a printed handout left for them, read back
// with pdf.js. Both PDFs are made here with pdf-lib: a handout as Chromium
// prints one (a link annotation over each frame), and a slide per page.

const SLIDE = { width: 735, height: 414 }

async function slidesPdf(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 0; i < count; i++)
    doc.addPage([SLIDE.width, SLIDE.height]).drawText(`Slide${i + 1}`, { x: 10, y: 10, size: 40, font })
  return doc.save({ addDefaultPage: false })
}

interface Link { uri: string, rect: [number, number, number, number] }

/** An A4 page per entry of `pages`, with a link annotation for each link. */
async function handoutPdf(pages: Link[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (const links of pages) {
    const page = doc.addPage([595, 842])
    const annots = links.map(({ uri, rect }) => doc.context.register(doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: rect,
      Border: [0, 0, 0],
      A: {
        S: 'URI',
        URI: PDFString.of(uri),
      },
    })))
    if (annots.length)
      page.node.set(PDFName.of('Annots'), doc.context.obj(annots))
  }
  return doc.save()
}

let dir: string
let files = 0
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'versus-place-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/** Writes `pdf` to a file for pdf.js to read. */
async function read(pdf: Uint8Array): Promise<string> {
  const file = join(dir, `${++files}.pdf`)
  await writeFile(file, pdf)
  return file
}

/** Where each "SlideN" text landed: page and the text's origin. */
async function slideTexts(file: string): Promise<Array<{ page: number, text: string }>> {
  return (await textRuns(file)).flatMap((runs, i) => runs.filter(run => /^Slide\d/.test(run)).map(text => ({
    page: i + 1,
    text: text.trim(),
  })))
}

const frame = (index: number, rect: Link['rect']): Link => ({ uri: `${SLIDE_LINK}${index}`, rect })

describe('placeSlides', () => {
  it('draws each slide\'s page into its frame, on the frame\'s page, and removes only the frames\' links', async () => {
    const handout = await handoutPdf([
      [
        frame(0, [57, 500, 537, 770]),
        {
          uri: 'https://nodejs.org/',
          rect: [57, 100, 200, 120],
        },
      ],
      [],
      [
        frame(2, [57, 400, 297, 535]),
        frame(1, [300, 400, 540, 535]),
      ],
    ])
    const file = await read(await placeSlides(handout, await slidesPdf(3)))
    expect(await slideTexts(file)).toEqual([
      { page: 1, text: 'Slide1' },
      { page: 3, text: 'Slide3' },
      { page: 3, text: 'Slide2' },
    ])
    expect((await pdfForms(file)).map(({ page, width, height }) => ({ page, width, height }))).toEqual([
      { page: 1, ...SLIDE },
      { page: 3, ...SLIDE },
      { page: 3, ...SLIDE },
    ])
    expect(await pdfLinks(file)).toEqual(['https://nodejs.org/'])
  })

  it('scales a slide to its frame', async () => {
    const file = await read(await placeSlides(await handoutPdf([
      [
        frame(0, [100, 200, 100 + 367.5, 200 + 207]),
      ],
    ]), await slidesPdf(1)))
    const pdf = await openPdf(file)
    try {
      const { items } = await (await pdf.getPage(1)).getTextContent()
      const run = items.find(item => 'str' in item && item.str === 'Slide1') as { transform: number[] }
      // Drawn at (10, 10) in 40 pt on the slide: half that in a frame half its size.
      expect(run.transform[0]).toBeCloseTo(20, 1)
      expect(run.transform[4]).toBeCloseTo(105, 1)
      expect(run.transform[5]).toBeCloseTo(205, 1)
    }
    finally {
      await pdf.loadingTask.destroy()
    }
  })

  it('fails when a slide has no frame, two frames, or no page', async () => {
    const slides = await slidesPdf(2)
    await expect(placeSlides(await handoutPdf([
      [
        frame(0, [0, 0, 10, 10]),
      ],
    ]), slides)).rejects.toThrow(/frames for 1 of the 2 slides/)
    await expect(placeSlides(await handoutPdf([
      [
        frame(0, [0, 0, 10, 10]),
        frame(1, [0, 0, 10, 10]),
      ],
      [
        frame(1, [0, 0, 10, 10]),
      ],
    ]), slides)).rejects.toThrow(/two frames for slide 2/)
    await expect(placeSlides(await handoutPdf([
      [
        frame(0, [0, 0, 10, 10]),
        frame(1, [0, 0, 10, 10]),
        frame(2, [0, 0, 10, 10]),
      ],
    ]), slides)).rejects.toThrow(/frame for slide 3, but the slides' PDF has 2 pages/)
  })

  it('keeps the printed document\'s title and producer', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false })
    doc.setTitle('Handout: Node.js vs Django')
    doc.setProducer('Skia/PDF m153')
    doc.addPage([595, 842])
    const printed = await PDFDocument.load(await placeSlides(await doc.save(), await slidesPdf(0)), { updateMetadata: false })
    expect(printed.getTitle()).toBe('Handout: Node.js vs Django')
    expect(printed.getProducer()).toBe('Skia/PDF m153')
  })
})

describe('pdfPageSizes', () => {
  it('gives each page\'s size in points', async () => {
    expect(await pdfPageSizes(await slidesPdf(2))).toEqual([SLIDE, SLIDE])
  })
})
