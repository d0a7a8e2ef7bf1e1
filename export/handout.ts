// Prints an edition of the handout from the loaded deck: renders Handout.vue to HTML, lays it out
// in the deck's print page with handout.css (the slide copies go into their figures), fits each
// audience page to one sheet of A4, prints with Chromium (tagged) and finishes title, language and
// outline. The audience edition is also written as a web page (handout.html, for the hosted
// folder): the same document, with handout-web.css for screens from a phone up.
import type { Edition } from './handout/model.ts'
import type { WrittenPdf } from './pdf.ts'
import type { LoadedDeck } from './session.ts'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { runnerImport } from 'vite'
import { handoutModel } from './handout/model.ts'
import { entriesFromHeadings, finishPdf } from './pdf.ts'
import { layOut, SHEET_CSS } from './slides.ts'

/** A4 portrait less the margins in handout.css, in CSS px: the box the fit step measures against. */
const MM = 96 / 25.4
const CONTENT_WIDTH_PX = (210 - 15 - 15) * MM
const CONTENT_HEIGHT_PX = (297 - 14 - 18) * MM
/** Width of the small slide image in the speaker edition. */
const SPEAKER_SLIDE_MM = 72

const STYLESHEET = readFileSync(new URL('./handout/handout.css', import.meta.url), 'utf8')
const WEB_STYLESHEET = readFileSync(new URL('./handout/handout-web.css', import.meta.url), 'utf8')

let renderer: Promise<typeof import('./handout/render.ts')> | undefined

/** Handout.vue's HTML for `model` (the component compiled once for all editions). */
async function render(model: ReturnType<typeof handoutModel>): Promise<string> {
  renderer ??= runnerImport<typeof import('./handout/render.ts')>(new URL('./handout/render.ts', import.meta.url).pathname, {
    configFile: false,
    logLevel: 'silent',
    plugins: [vue()],
  }).then(r => r.module)
  return (await renderer).renderHandout(model)
}

/** A CSS string literal. */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, c => `\\${c}`).replace(/\n/g, ' ')}"`

/** The audience edition as one HTML file beside the built deck, whose stylesheets and fonts it uses. */
export async function writeHandoutHtml(deck: LoadedDeck, output: string): Promise<void> {
  const { page, slides } = deck
  const model = handoutModel('audience', slides, deck.headmatter)
  await page.emulateMedia({ media: 'screen' })
  await layOut(page, { html: await render(model), css: `${SHEET_CSS}${STYLESHEET}${WEB_STYLESHEET}`, title: `${model.cover.title}: handout`, lang: deck.lang, slideTitleLevel: 3 })
  const html = await page.evaluate(standalone)
  mkdirSync(dirname(output), { recursive: true })
  writeFileSync(output, html)
  console.log(`${output}: ${(html.length / 1024).toFixed(0)} kB`)
}

/**
 * In the page: the laid-out document as a file of its own in the deck's folder, with no script:
 * the deck's stylesheets and icon linked relative to the page (they and the fonts are in the
 * folder), this document's own styles inline, and the handout itself.
 */
function standalone(): string {
  const folder = new URL('.', location.href).href
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"], link[rel~="icon"]')]
    .map(l => `<link rel="${l.rel}" href="${l.href.startsWith(folder) ? l.href.slice(folder.length) : l.href}">`)
  const styles = [...document.querySelectorAll('style')].map(s => `<style>${s.textContent}</style>`)
  const root = document.documentElement
  return `<!doctype html>
<html lang="${root.lang}" class="${root.className}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${document.title.replace(/[<&]/g, c => (c === '<' ? '&lt;' : '&amp;'))}</title>
${links.join('\n')}
${styles.join('\n')}
</head>
<body>
${document.getElementById('export-doc')!.outerHTML}
</body>
</html>
`
}

export async function writeHandoutPdf(deck: LoadedDeck, edition: Edition, output: string): Promise<WrittenPdf> {
  const { page, slides } = deck
  const model = handoutModel(edition, slides, deck.headmatter)
  const title = `${model.cover.title}${edition === 'audience' ? ': handout' : ': speaker notes'}`
  // What depends on the deck: the slide copies' scale and the footer's title.
  const zoom = edition === 'audience' ? (CONTENT_WIDTH_PX - 2) / deck.width : (SPEAKER_SLIDE_MM * MM) / deck.width
  const deckRules = `:root { --content-width: ${CONTENT_WIDTH_PX}px; --slide-zoom: ${zoom}; }
@page { @bottom-left { content: ${cssString(model.cover.title)}; font-family: 'Nunito Sans', sans-serif; font-size: 8pt; color: #555; } }`
  // Measure with the print stylesheet: what is laid out here is what Chromium prints.
  await page.emulateMedia({ media: 'print' })
  await layOut(page, { html: await render(model), css: `${SHEET_CSS}${STYLESHEET}${deckRules}`, title, lang: deck.lang, slideTitleLevel: 3 })
  if (edition === 'audience') {
    const spilled = await page.evaluate(fitToOnePage, CONTENT_HEIGHT_PX - 6)
    for (const no of spilled)
      console.warn(`  ! slide ${no}: its slide and notes do not fit one sheet of A4 even with a smaller slide and text; the notes run onto the next page`)
  }
  const printed = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true })
  return finishPdf(printed, output, { title, lang: deck.lang }, d => entriesFromHeadings(d, model.outline))
}

/**
 * In the page: every `.slide-page` must fit `limit` px (one A4 page), so notes never spill onto a
 * near-empty page. First the slide shrinks (down to 70 %), then the notes' type (down to 8.5 pt).
 * A page that goes on with what the record says keeps its slide and notes on the first sheet and
 * lets the record run on. Returns the numbers of slides whose slide and notes do not fit.
 */
function fitToOnePage(limit: number): number[] {
  const spilled: number[] = []
  for (const article of document.querySelectorAll<HTMLElement>('.slide-page')) {
    const sheet = article.querySelector<HTMLElement>('.deck-sheet')
    const notes = article.querySelector<HTMLElement>('.notes')
    // What must fit: the whole page, or up to the end of the notes when the record follows.
    const end = article.querySelector('.record') && notes ? notes : article
    const top = article.getBoundingClientRect().top
    // (No local functions here: a transform that keeps function names would wrap them in a helper
    // the page does not have.)
    if (article.getBoundingClientRect().height <= limit)
      continue
    if (sheet) {
      const full = Number.parseFloat(getComputedStyle(sheet).zoom) || 1
      for (let scale = 0.95; end.getBoundingClientRect().bottom - top > limit && scale >= 0.7; scale -= 0.05)
        sheet.style.zoom = String(full * scale)
    }
    if (notes) {
      for (let pt = 10; end.getBoundingClientRect().bottom - top > limit && pt >= 8.5; pt -= 0.5)
        notes.style.fontSize = `${pt}pt`
    }
    if (end.getBoundingClientRect().bottom - top > limit)
      spilled.push(Number(article.id.replace('slide-', '')))
  }
  return spilled
}
