// Prints an edition of the handout from the loaded deck: lays the edition's HTML out in the
// deck's print page (the slide copies go into their figures), fits each audience page to one
// sheet of A4, prints with Chromium (tagged) and finishes title, language and outline.
import type { LoadedDeck } from '../export/session.ts'
import { layOut, SHEET_CSS } from '../export/slides-pdf.ts'
import { entriesFromHeadings, finishPdf, type WrittenPdf } from '../export/pdf-file.ts'
import { bibliography, claimsLedger } from './back-matter.ts'
import { coverFrom } from './cover.ts'
import { CONTENT_HEIGHT_PX, type Edition, handoutDocument } from './html.ts'
import { slideTimings } from '../../setup/pace.ts'

export async function writeHandoutPdf(deck: LoadedDeck, edition: Edition, output: string): Promise<WrittenPdf> {
  const { page, slides } = deck
  const ledger = claimsLedger()
  const doc = handoutDocument({
    edition,
    cover: coverFrom(deck.headmatter, slides[0]!),
    slides,
    bibliography: bibliography(),
    tables: ledger ? [ledger] : [],
    timings: slideTimings(slides),
    sheetWidth: deck.width,
  })
  // Measure with the print stylesheet: what is laid out here is what Chromium prints.
  await page.emulateMedia({ media: 'print' })
  await layOut(page, { html: doc.html, css: SHEET_CSS + doc.css, title: doc.title, lang: deck.lang })
  if (edition === 'audience') {
    const spilled = await page.evaluate(fitToOnePage, CONTENT_HEIGHT_PX - 6)
    for (const no of spilled)
      console.warn(`  ! slide ${no}: its page does not fit one sheet of A4 even with a smaller slide and text; its notes run onto the next page`)
  }
  const printed = await page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
    outline: true,
  })
  return finishPdf(printed, output, { title: doc.title, lang: deck.lang }, d => entriesFromHeadings(d, doc.outline))
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
