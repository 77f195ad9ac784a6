import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import process from 'node:process'
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { ROOT } from '../browser/harness.ts'

// PDFs read back as a viewer reads them, with npm packages only: pdf.js
// (Firefox's reader) for text and page images, pdf-lib for the document's
// structure (outline, fonts, images).

/** A PDF opened with pdf.js. */
export async function openPdf(file: string): Promise<PDFDocumentProxy> {
  return getDocument({
    data: new Uint8Array(await readFile(file)),
    verbosity: 0,
  }).promise
}

/** The text runs of each page in content order, each ending in a line break where pdf.js sees the end of a line. */
export async function textRuns(file: string): Promise<string[][]> {
  const pdf = await openPdf(file)
  try {
    const pages: string[][] = []
    for (let no = 1; no <= pdf.numPages; no++) {
      const { items } = await (await pdf.getPage(no)).getTextContent()
      pages.push(items.map(item => 'str' in item
        ? `${item.str}${item.hasEOL
          ? '\n'
          : ''}`
        : ''))
    }
    return pages
  }
  finally {
    await pdf.loadingTask.destroy()
  }
}

/** The text of each page in content order (a word hyphenated at a line end stays as printed). */
export async function pageTexts(file: string): Promise<string[]> {
  return (await textRuns(file)).map(runs => runs.join(''))
}

/** Page count and the size of each page in points. */
export async function pageSizes(file: string): Promise<Array<{ width: number, height: number }>> {
  const pdf = await PDFDocument.load(await readFile(file))
  return pdf.getPages().map(page => page.getSize())
}

/**
 * Share of ink (luminance < 200) in rows `from`..`to` (fractions of the page
 * height) of one PDF page, rendered by pdf.js at 30 dpi on white.
 */
export async function ink(file: string, page: number, from: number, to: number): Promise<number> {
  const pdf = await openPdf(file)
  try {
    const sheet = await pdf.getPage(page)
    const viewport = sheet.getViewport({ scale: 30 / 72 })
    // pdf.js draws on @napi-rs/canvas in Node; its factory is typed loosely.
    const factory = pdf.canvasFactory as { create: (width: number, height: number) => unknown }
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height)) as {
      canvas: HTMLCanvasElement
      context: CanvasRenderingContext2D
    }
    await sheet.render({ canvas, canvasContext: context, viewport }).promise
    const { width, height } = canvas
    const [top, bottom] = [
      Math.floor(height * from),
      Math.floor(height * to),
    ]
    const pixels = context.getImageData(0, top, width, bottom - top).data
    let dark = 0
    for (let i = 0; i < pixels.length; i += 4) {
      dark += 0.299 * pixels[i]! + 0.587 * pixels[i + 1]! + 0.114 * pixels[i + 2]! < 200
        ? 1
        : 0
    }
    return dark / (width * (bottom - top))
  }
  finally {
    await pdf.loadingTask.destroy()
  }
}

/** The titles in the PDF's outline (bookmarks), depth first. */
export async function outlineTitles(file: string): Promise<string[]> {
  const pdf = await PDFDocument.load(await readFile(file))
  const titles: string[] = []
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const walk = (item: PDFDict | undefined) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = node.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)
      if (title)
        titles.push(title.decodeText())
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict))
    }
  }
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict))
  return titles
}

export interface PdfImage {
  page: number
  width: number
  height: number
  /** The colour space's name: DeviceRGB, DeviceGray, ICCBased... */
  color: string
}

export interface PdfFont {
  name: string
  embedded: boolean
}

/** Every XObject and font a page uses, including those inside its form XObjects. */
function walkResources(resources: PDFDict | undefined, onImage: (image: PDFDict) => void, onFont: (font: PDFDict) => void, seen = new Set<PDFDict>()): void {
  if (!resources || seen.has(resources))
    return
  seen.add(resources)
  const fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict)
  for (const [, ref] of fonts?.entries() ?? []) {
    const font = resources.context.lookupMaybe(ref, PDFDict)
    if (font)
      onFont(font)
  }
  const xobjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict)
  for (const [, ref] of xobjects?.entries() ?? []) {
    const stream = resources.context.lookup(ref)
    if (!(stream instanceof PDFRawStream))
      continue
    const subtype = stream.dict.lookupMaybe(PDFName.of('Subtype'), PDFName)
    if (subtype === PDFName.of('Image'))
      onImage(stream.dict)
    else if (subtype === PDFName.of('Form'))
      walkResources(stream.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), onImage, onFont, seen)
  }
}

function colorName(image: PDFDict): string {
  const space = image.lookup(PDFName.of('ColorSpace'))
  if (space instanceof PDFName)
    return space.decodeText()
  if (space instanceof PDFArray) {
    const first = space.lookup(0)
    if (first === PDFName.of('ICCBased')) {
      const profile = space.lookup(1)
      return profile instanceof PDFRawStream
        ? `ICCBased/${profile.dict.lookup(PDFName.of('N'), PDFNumber).asNumber()}`
        : 'ICCBased'
    }
    return first instanceof PDFName
      ? first.decodeText()
      : 'unknown'
  }
  return 'none'
}

function fontOf(font: PDFDict): PdfFont {
  const base = font.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? ''
  const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict)
  const descriptor = (descendant ?? font).lookupMaybe(PDFName.of('FontDescriptor'), PDFDict)
  return {
    name: base,
    embedded: ['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor?.has(PDFName.of(key))),
  }
}

/** The image XObjects of each page, those inside its form XObjects included (not inline images). */
export async function pdfImages(file: string): Promise<PdfImage[]> {
  const pdf = await PDFDocument.load(await readFile(file))
  const images: PdfImage[] = []
  pdf.getPages().forEach((page, i) => walkResources(page.node.Resources(), (image) => {
    images.push({
      page: i + 1,
      width: image.lookup(PDFName.of('Width'), PDFNumber).asNumber(),
      height: image.lookup(PDFName.of('Height'), PDFNumber).asNumber(),
      color: colorName(image),
    })
  }, () => {}))
  return images
}

/** The fonts used anywhere in the document, one per name, each with whether it is embedded. */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const pdf = await PDFDocument.load(await readFile(file))
  const fonts = new Map<string, PdfFont>()
  for (const page of pdf.getPages()) {
    walkResources(page.node.Resources(), () => {}, (font) => {
      const found = fontOf(font)
      fonts.set(found.name, found)
    })
  }
  return [
    ...fonts.values(),
  ]
}

export interface PdfForm {
  page: number
  /** The form's box (a page embedded as a form keeps that page's size). */
  width: number
  height: number
}

/** Every form XObject each page's own content draws (`/Name Do`), in the order it draws them. */
export async function pdfForms(file: string): Promise<PdfForm[]> {
  const pdf = await PDFDocument.load(await readFile(file))
  const forms: PdfForm[] = []
  pdf.getPages().forEach((page, i) => {
    const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict)
    const contents = page.node.Contents()
    const streams = contents instanceof PDFArray
      ? contents.asArray().map(ref => pdf.context.lookup(ref))
      : [contents]
    const content = streams.map(stream => stream instanceof PDFRawStream
      ? new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode())
      : '').join('\n')
    for (const [, name] of content.matchAll(/\/([^\s/[\]()<>{}%]+)\s+Do\b/g)) {
      const form = xobjects?.lookup(PDFName.of(name!))
      if (!(form instanceof PDFRawStream) || form.dict.lookupMaybe(PDFName.of('Subtype'), PDFName) !== PDFName.of('Form'))
        continue
      const bbox = form.dict.lookup(PDFName.of('BBox'), PDFArray).asRectangle()
      forms.push({ page: i + 1, width: bbox.width, height: bbox.height })
    }
  })
  return forms
}

/** The address of every link on every page. */
export async function pdfLinks(file: string): Promise<string[]> {
  const pdf = await openPdf(file)
  try {
    const links: string[] = []
    for (let no = 1; no <= pdf.numPages; no++) {
      for (const annotation of await (await pdf.getPage(no)).getAnnotations() as Array<{ url?: string }>) {
        if (annotation.url)
          links.push(annotation.url)
      }
    }
    return links
  }
  finally {
    await pdf.loadingTask.destroy()
  }
}

/** Speaker notes as a reader sees them: escapes and entities resolved, no whitespace (line breaks differ). */
export function plainNote(note: string): string {
  const entities: Record<string, string> = {
    lt: '<',
    gt: '>',
    quot: '"',
    amp: '&',
  }
  return note
    .replace(/\\([\p{P}\p{S}])/gu, '$1')
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => entities[name]!)
    .replace(/\s+/g, '')
}

/** Runs one of the project's scripts on its Node; never rejects. */
export function runScript(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number, stdout: string, stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        CI: 'true',
        ...env,
      },
    }, (error, out, err) => {
      resolve({
        code: error
          ? Number(error.code ?? 1)
          : 0,
        stdout: out,
        stderr: err,
      })
    })
  })
}
