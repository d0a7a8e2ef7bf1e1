// Prints an edition of the handout from the loaded deck: renders Handout.vue to HTML, lays it out
// in the deck's print page with handout.css (the slide copies go into their figures), fits each
// audience page to one sheet of A4, prints with Chromium (tagged) and finishes title, language and
// outline.
import type { Edition } from './handout/model.ts'
import type { WrittenPdf } from './pdf.ts'
import type { LoadedDeck } from './session.ts'
import { readFileSync } from 'node:fs'
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

/** Handout.vue's HTML for `model`. */
async function render(model: ReturnType<typeof handoutModel>): Promise<string> {
  const { module } = await runnerImport<typeof import('./handout/render.ts')>(new URL('./handout/render.ts', import.meta.url).pathname, {
    configFile: false,
    logLevel: 'silent',
    plugins: [vue()],
  })
  return module.renderHandout(model)
}

/** A CSS string literal. */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, c => `\\${c}`).replace(/\n/g, ' ')}"`

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
  await layOut(page, { html: await render(model), css: `${SHEET_CSS}${STYLESHEET}${deckRules}`, title, lang: deck.lang })
  if (edition === 'audience') {
    const spilled = await page.evaluate(fitToOnePage, CONTENT_HEIGHT_PX - 6)
    for (const no of spilled)
      console.warn(`  ! slide ${no}: its page does not fit one sheet of A4 even with a smaller slide and text; its notes run onto the next page`)
  }
  const printed = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true })
  return finishPdf(printed, output, { title, lang: deck.lang }, d => entriesFromHeadings(d, model.outline))
}

/**
 * In the page: every `.slide-page` must fit `limit` px (one A4 page), so notes never spill onto a
 * near-empty page. First the slide shrinks (down to 70 %), then the notes' type (down to 8.5 pt).
 * Returns the numbers of slides whose page still does not fit.
 */
function fitToOnePage(limit: number): number[] {
  const spilled: number[] = []
  for (const article of document.querySelectorAll<HTMLElement>('.slide-page')) {
    const sheet = article.querySelector<HTMLElement>('.deck-sheet')
    const notes = article.querySelector<HTMLElement>('.notes')
    // (No local functions here: tsx would wrap them in a helper the page does not have.)
    if (sheet) {
      const full = Number.parseFloat(getComputedStyle(sheet).zoom) || 1
      for (let scale = 0.95; article.getBoundingClientRect().height > limit && scale >= 0.7; scale -= 0.05)
        sheet.style.zoom = String(full * scale)
    }
    if (notes) {
      for (let pt = 10; article.getBoundingClientRect().height > limit && pt >= 8.5; pt -= 0.5)
        notes.style.fontSize = `${pt}pt`
    }
    if (article.getBoundingClientRect().height > limit)
      spilled.push(Number(article.id.replace('slide-', '')))
  }
  return spilled
}
