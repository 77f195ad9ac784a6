import type { HandoutDeck } from './deck.ts'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { htmlToText } from './deck.ts'
import { handoutWords } from './messages.ts'

// One HTML document, one A4 sheet per slide: header, slide image, speaker
// notes, footer. Everything it needs is inlined except the slide images,
// which sit next to it as files (a file:// page may load images but not fonts).

const require = createRequire(import.meta.url)

/** The faces the deck bundles (styles/index.ts) that the handout uses. */
const FONT_FILES = [
  '@fontsource/nunito-sans/400.css',
  '@fontsource/nunito-sans/400-italic.css',
  '@fontsource/nunito-sans/700.css',
  '@fontsource/nunito-sans/800.css',
  '@fontsource/fira-code/400.css',
]

/** Fontsource's @font-face rules with every woff2 inlined as a data: URL (and the woff fallback dropped). */
export async function inlineFontFaces(): Promise<string> {
  const sheets = await Promise.all(FONT_FILES.map(async (spec) => {
    const css = await readFile(require.resolve(spec), 'utf8')
    const dir = dirname(require.resolve(spec))
    const urls = new Map<string, string>()
    for (const [, file] of css.matchAll(/url\(\.\/files\/([\w.-]+\.woff2)\)/g))
      urls.set(file!, `data:font/woff2;base64,${(await readFile(join(dir, 'files', file!))).toString('base64')}`)
    return css
      .replace(/url\(\.\/files\/([\w.-]+\.woff2)\) format\('woff2'\)(?:,\s*url\([^)]*\) format\('woff'\))?/g, (_, file: string) => `url(${urls.get(file)}) format('woff2')`)
      .replace(/font-display:\s*swap/g, 'font-display: block')
  }))
  return sheets.join('\n')
}

const STYLE = `
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; }
body {
  font-family: 'Nunito Sans', ui-sans-serif, system-ui, sans-serif;
  color: #27272a;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
  font-kerning: normal;
}
.sheet {
  width: 210mm;
  height: 297mm;
  padding: 13mm 18mm 11mm;
  display: flex;
  flex-direction: column;
  overflow: hidden;
  break-after: page;
}
.sheet:last-child { break-after: auto; }
.sheet.spills { height: auto; min-height: 297mm; overflow: visible; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.sheet.spills .notes { overflow: visible; }
.running {
  display: flex;
  justify-content: space-between;
  align-items: baseline;
  gap: 8mm;
  font-size: 8.5pt;
  line-height: 1.3;
  color: #71717a;
}
.running > * { margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.running > :first-child { flex: none; max-width: 60%; }
.running > :last-child { min-width: 0; }
header.running { border-bottom: 0.5pt solid #d4d4d8; padding-bottom: 2.2mm; margin-bottom: 7mm; }
header .deck { font-weight: 800; letter-spacing: 0.06em; text-transform: uppercase; color: #3f3f46; }
header .no { font-variant-numeric: tabular-nums; }
footer.running { border-top: 0.5pt solid #e4e4e7; padding-top: 2.2mm; margin-top: 5mm; }
footer .no { font-variant-numeric: tabular-nums; }
figure.slide { flex: none; margin: 0 auto; width: 100%; }
figure.slide img {
  display: block;
  width: 100%;
  height: auto;
  border: 0.6pt solid #d4d4d8;
  border-radius: 1.2mm;
  box-shadow: 0 0.5mm 2.5mm rgba(24, 24, 27, 0.14);
  background: #fff;
}
.slide-title {
  flex: none;
  margin: 7mm 0 0;
  font-size: 13pt;
  font-weight: 800;
  line-height: 1.25;
  color: #18181b;
}
.label {
  flex: none;
  margin: 1.2mm 0 3mm;
  font-size: 7.5pt;
  font-weight: 700;
  letter-spacing: 0.12em;
  text-transform: uppercase;
  color: #a1a1aa;
}
.notes {
  flex: 1 1 auto;
  min-height: 0;
  overflow: hidden;
  font-size: 11.5pt;
  line-height: 1.5;
  overflow-wrap: break-word;
}
.notes > :first-child { margin-top: 0; }
.notes p, .notes ul, .notes ol, .notes blockquote, .notes pre { margin: 0 0 0.65em; }
.notes ul, .notes ol { padding-left: 1.3em; }
.notes li { margin: 0.15em 0; }
.notes h1, .notes h2, .notes h3, .notes h4, .notes h5, .notes h6 { font-size: 1em; font-weight: 800; margin: 0.9em 0 0.3em; }
.notes strong { font-weight: 700; color: #18181b; }
.notes a { color: inherit; text-decoration: underline; text-decoration-color: #a1a1aa; text-underline-offset: 0.15em; overflow-wrap: anywhere; }
.notes code, .notes pre { font-family: 'Fira Code', ui-monospace, monospace; font-size: 0.88em; }
.notes code { background: #f4f4f5; border-radius: 0.6mm; padding: 0 0.25em; }
.notes pre { background: #f4f4f5; border-radius: 1mm; padding: 0.6em 0.8em; white-space: pre-wrap; }
.notes pre code { background: none; padding: 0; }
.notes blockquote { border-left: 0.8mm solid #d4d4d8; padding-left: 0.8em; color: #52525b; }
.notes.empty { color: #a1a1aa; font-style: italic; }
`

/**
 * Shrinks the notes of a sheet that would overflow it: first the text (down
 * to 8.5pt), then the slide image (down to 55% of the width). A sheet that
 * still overflows may run onto a second page; its slide number is returned.
 */
export function fitSheets(): number[] {
  const spills: number[] = []
  for (const sheet of document.querySelectorAll<HTMLElement>('.sheet')) {
    const notes = sheet.querySelector<HTMLElement>('.notes')!
    const figure = sheet.querySelector<HTMLElement>('figure.slide')!
    const overflows = () => notes.scrollHeight > notes.clientHeight + 1
    for (let size = 11.5; overflows() && size > 8.5;) {
      size -= 0.5
      notes.style.fontSize = `${size}pt`
    }
    for (let width = 100; overflows() && width > 55;) {
      width -= 5
      figure.style.width = `${width}%`
    }
    if (overflows()) {
      sheet.classList.add('spills')
      spills.push(Number(sheet.dataset.no))
    }
  }
  return spills
}

/** The handout page. `images[i]` is the slide image of `deck.slides[i]`, relative to the page. */
export function handoutHtml(deck: HandoutDeck, images: string[], fontFaces: string): string {
  const total = deck.slides.length
  const l = handoutWords(deck.lang)
  const sheets = deck.slides.map((slide, i) => {
    const counter = l.t('counter', { no: slide.no, total })
    const alt = `${l.t('slide', { no: slide.no })}${slide.titleHtml
      ? `: ${htmlToText(slide.titleHtml)}`
      : ''}`.replace(/"/g, '&quot;')
    const notes = slide.notesHtml
      ? `<div class="notes">${slide.notesHtml}</div>`
      : `<div class="notes empty"><p>${l.t('noNotes')}</p></div>`
    return `<section class="sheet" data-no="${slide.no}">
<header class="running"><span class="deck">${deck.titleHtml}</span><span>${deck.infoHtml}</span></header>
<figure class="slide"><img src="${encodeURI(images[i]!)}" alt="${alt}"></figure>
<h2 class="slide-title">${slide.titleHtml || l.t('slide', { no: slide.no })}</h2>
<p class="label">${l.t('notesLabel')}</p>
${notes}
<footer class="running"><span>${l.t('footer')}</span><span class="no">${counter}</span></footer>
</section>`
  })
  return `<!doctype html>
<html lang="${deck.lang}">
<head>
<meta charset="utf-8">
<title>${l.t('title', { title: htmlToText(deck.titleHtml) || l.t('untitled') })}</title>
<style>${fontFaces}</style>
<style>${STYLE}</style>
</head>
<body>
${sheets.join('\n')}
</body>
</html>
`
}
