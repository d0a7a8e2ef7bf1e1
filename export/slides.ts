// The slide PDF: one page per slide at the slide's own size, each slide in its final click state,
// tagged (headings, tables, lists, chart text alternatives), with the deck's title and language
// and an outline of slide titles (page k is slide k).
import type { WrittenPdf } from './pdf.ts'
import type { LoadedDeck } from './session.ts'
import { finishPdf } from './pdf.ts'

/** For every document that shows slides: what only makes sense on screen is not printed. */
export const SHEET_CSS = `
html, body { height: auto !important; overflow: visible !important; background: #fff !important; }
#deck-sheets { display: none; }
.deck-sheet { position: relative; overflow: hidden; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
/* Sort arrows on table headers: a control, not content. */
.deck-sheet .sort-glyph { display: none; }
`

/**
 * In the page: empties #export-doc and #export-style, sets the document's title and language,
 * then fills both. `slots` are elements of the new HTML (data-slot="N") that receive a copy of
 * slide N's sheet; without slots, every sheet is appended in order. With `slideTitleLevel`, a
 * copy's headings sit that far down the document's outline (its title, an h1, is read as a
 * heading of that level), below the heading of the section that holds it.
 */
export function layOut(page: LoadedDeck['page'], doc: { html: string, css: string, title: string, lang: string, slideTitleLevel?: number }): Promise<void> {
  return page.evaluate(async ({ html, css, title, lang, slideTitleLevel }) => {
    document.title = title
    document.documentElement.lang = lang
    document.getElementById('export-style')!.textContent = css
    const main = document.getElementById('export-doc')!
    main.innerHTML = html
    const sheets = [...document.querySelectorAll<HTMLElement>('#deck-sheets > .deck-sheet')]
    const slots = [...main.querySelectorAll<HTMLElement>('[data-slot]')]
    if (slots.length) {
      for (const slot of slots) {
        const sheet = sheets.find(s => s.dataset.slide === slot.dataset.slot)
        if (sheet)
          slot.append(sheet.cloneNode(true))
      }
      for (const heading of slideTitleLevel ? main.querySelectorAll<HTMLElement>('[data-slot] :is(h1, h2, h3, h4, h5)') : []) {
        heading.setAttribute('role', 'heading')
        heading.setAttribute('aria-level', String(Math.min(6, Number(heading.tagName[1]) + slideTitleLevel! - 1)))
      }
    }
    else {
      main.append(...sheets.map(s => s.cloneNode(true)))
    }
    await document.fonts.ready
  }, doc)
}

export async function writeSlidesPdf(deck: LoadedDeck, output: string): Promise<WrittenPdf> {
  const { page, slides, width, height } = deck
  await layOut(page, {
    html: '',
    css: `${SHEET_CSS}
@page { size: ${width}px ${height}px; margin: 0; }
body { margin: 0; }
#export-doc > .deck-sheet + .deck-sheet { break-before: page; }`,
    title: deck.title,
    lang: deck.lang,
  })
  const printed = await page.pdf({
    width: `${width}px`,
    height: `${height}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
  })
  return finishPdf(printed, output, { title: deck.title, lang: deck.lang }, (doc) => {
    if (doc.getPageCount() !== slides.length)
      throw new Error(`the slide PDF has ${doc.getPageCount()} pages for ${slides.length} slides`)
    return slides.map((s, i) => ({ title: s.title || `Slide ${s.no}`, page: i }))
  })
}
