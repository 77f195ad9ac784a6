import type { PDFPage } from 'pdf-lib'
import type { SlideSize } from './page.ts'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { SLIDE_LINK } from './page.ts'

// The slides go onto the printed handout as vector drawings taken from
// Slidev's PDF export: sharp at any zoom, their text selectable, and far
// smaller than images. Chromium printed an empty frame for each, linked to
// SLIDE_LINK and the slide's index; the link's annotation is exactly where
// the frame landed, on whichever page the layout put it.

/** The size of each page of a PDF, in points. */
export async function pdfPageSizes(pdf: Uint8Array): Promise<SlideSize[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  return doc.getPages().map(page => page.getSize())
}

interface Frame {
  page: PDFPage
  index: number
  rect: { x: number, y: number, width: number, height: number }
}

/** The slide frames on `page`, and the page's annotations without them. */
function framesOf(page: PDFPage): { frames: Frame[], others: PDFArray | undefined } {
  const annots = page.node.Annots()
  if (!annots)
    return { frames: [], others: undefined }
  const frames: Frame[] = []
  const others = page.doc.context.obj([])
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookup(i, PDFDict)
    const uri = annot.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString)?.decodeText()
    const rect = annot.lookupMaybe(PDFName.of('Rect'), PDFArray)?.asRectangle()
    if (uri?.startsWith(SLIDE_LINK) && rect) {
      frames.push({
        page,
        index: Number(uri.slice(SLIDE_LINK.length)),
        rect,
      })
    }
    else {
      others.push(annots.get(i))
    }
  }
  return { frames, others }
}

/**
 * Draws page i of `slides` into the frame linked to slide i on the printed
 * `handout`, and removes the frames' links. Returns the new PDF.
 */
export async function placeSlides(handout: Uint8Array, slides: Uint8Array): Promise<Uint8Array> {
  // Chromium's title, author and dates stay as printed.
  const doc = await PDFDocument.load(handout, { updateMetadata: false })
  const source = await PDFDocument.load(slides, { updateMetadata: false })
  const embedded = await doc.embedPdf(source, source.getPageIndices())
  const placed = new Set<number>()
  for (const page of doc.getPages()) {
    const { frames, others } = framesOf(page)
    for (const { index, rect } of frames) {
      const slide = embedded[index]
      if (!slide)
        throw new RangeError(`The handout has a frame for slide ${index + 1}, but the slides' PDF has ${embedded.length} pages.`)
      if (placed.has(index))
        throw new RangeError(`The handout has two frames for slide ${index + 1}.`)
      placed.add(index)
      page.drawPage(slide, rect)
    }
    if (frames.length && others) {
      if (others.size())
        page.node.set(PDFName.of('Annots'), others)
      else
        page.node.delete(PDFName.of('Annots'))
    }
  }
  if (placed.size !== embedded.length)
    throw new RangeError(`The handout has frames for ${placed.size} of the ${embedded.length} slides.`)
  return doc.save()
}
