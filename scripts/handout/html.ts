// The two printed editions as HTML for the deck's print page (scripts/export/session.ts). Each
// slide appears as `<figure data-slot="N">`, which receives a copy of the rendered slide: the
// deck's own DOM, so its text stays text and its tables stay tables in the PDF.
//
// audience: a cover (with the opening slide's text: the cover slide is not printed again), then
//   one page per slide: the slide, its notes without stage cues, the sources it cites (numbers
//   into the bibliography); at the back the bibliography (instead of the reference slides) and
//   the claims ledger.
// speaker: every slide including cover and reference slides, a small slide image beside every
//   note with cues and click marks, and the slide's timing when the deck has budgets.
import type { BackMatterTable, BibliographyEntry } from './back-matter.ts'
import { bibliographyHtml, citedEntries, tableHtml } from './back-matter.ts'
import type { Cover } from './cover.ts'
import { audienceNotes, escapeHtml, renderNotes } from './notes.ts'
import { formatClock, type SlideTiming, timingLabel } from '../../setup/pace.ts'

export type Edition = 'audience' | 'speaker'

export interface HandoutSlide {
  no: number
  title: string
  notes: string
  cites: string[]
  /** A slide listing sources: the audience edition prints the bibliography instead. */
  reference: boolean
}

export interface HandoutInput {
  edition: Edition
  cover: Cover
  slides: HandoutSlide[]
  bibliography: BibliographyEntry[]
  tables: BackMatterTable[]
  /** Per slide (same order), for the speaker edition; undefined where a slide has no budget. */
  timings: SlideTiming[]
  /** Slide width in CSS pixels, to scale the slide copies. */
  sheetWidth: number
}

export interface HandoutDocument {
  title: string
  html: string
  css: string
  /** Outline entries: the heading as printed, and the title the outline shows. */
  outline: { heading: string, title: string }[]
}

/** A4 portrait with these margins; the page box the fit step measures against. */
export const PAGE = { width: 210, height: 297, top: 14, right: 15, bottom: 18, left: 15 }
const MM = 96 / 25.4
export const CONTENT_WIDTH_PX = (PAGE.width - PAGE.left - PAGE.right) * MM
export const CONTENT_HEIGHT_PX = (PAGE.height - PAGE.top - PAGE.bottom) * MM
/** Width of the small slide image in the speaker edition. */
const SPEAKER_SLIDE_MM = 72

function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, c => `\\${c}`).replace(/\n/g, ' ')}"`
}

function css(edition: Edition, footer: string, sheetWidth: number): string {
  const fullZoom = (CONTENT_WIDTH_PX - 2) / sheetWidth
  const speakerZoom = (SPEAKER_SLIDE_MM * MM) / sheetWidth
  return `
@page {
  size: A4 portrait;
  margin: ${PAGE.top}mm ${PAGE.right}mm ${PAGE.bottom}mm ${PAGE.left}mm;
  @bottom-left { content: ${cssString(footer)}; font-family: 'Nunito Sans', sans-serif; font-size: 8pt; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'Nunito Sans', sans-serif; font-size: 8pt; color: #555; }
}
body { margin: 0; }
#export-doc { width: ${CONTENT_WIDTH_PX}px; font-family: 'Nunito Sans', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
#export-doc code:not(.slide-frame *) { font-family: 'Fira Code', monospace; font-size: 0.9em; }
#export-doc h2:not(.slide-frame *) { font-size: 13pt; line-height: 1.25; margin: 0 0 3mm; font-weight: 700; }
#export-doc .no { margin: 0; font-size: 8.5pt; color: #555; text-transform: uppercase; letter-spacing: 0.06em; }
#export-doc h3:not(.slide-frame *) { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.06em; color: #555; margin: 0 0 1.5mm; font-weight: 700; }
.slide-frame { display: block; width: max-content; margin: 0 0 4mm; border: 0.3mm solid #bbb; break-inside: avoid; }
.slide-frame .deck-sheet { zoom: ${edition === 'audience' ? fullZoom : speakerZoom}; }
.notes p, .notes ul, .notes ol { margin: 0 0 2.2mm; orphans: 2; widows: 2; }
.sources { margin-top: 3mm; font-size: 8.5pt; line-height: 1.35; }
.sources ol, .bibliography { list-style: none; margin: 0; padding: 0; }
.sources li, .bibliography li { padding-left: 9mm; text-indent: -9mm; }
.ref { display: inline-block; width: 9mm; text-indent: 0; color: #444; }
.sources a, .back-matter a { color: inherit; text-decoration: none; }
.back-matter { break-before: page; }
.bibliography { font-size: 8.5pt; line-height: 1.35; }
.bibliography li { margin-bottom: 1.2mm; overflow-wrap: anywhere; break-inside: avoid; }
.bibliography .url, .sources .url { color: #2d4356; }
.back-matter table { border-collapse: collapse; width: 100%; font-size: 8.5pt; line-height: 1.35; }
.back-matter caption { text-align: left; margin-bottom: 2mm; color: #444; }
.back-matter th, .back-matter td { text-align: left; vertical-align: top; padding: 1.2mm 1.5mm; border-bottom: 0.2mm solid #bbb; }
.back-matter tr { break-inside: avoid; }
.back-matter thead { display: table-header-group; }
/* audience */
.cover { break-after: page; padding-top: 30mm; }
.cover h1 { font-size: 26pt; line-height: 1.15; margin: 0 0 6mm; font-weight: 700; }
.cover .subtitle { font-size: 15pt; margin: 0 0 12mm; }
.cover .source, .cover .date { font-size: 11pt; margin: 0 0 2mm; }
.cover .opening { margin-top: 16mm; font-size: 11pt; }
.cover .about { margin-top: 12mm; font-size: 9pt; color: #444; }
.slide-page { break-before: page; }
/* speaker */
.speaker-head { margin-bottom: 6mm; }
.speaker-head h1 { font-size: 16pt; font-weight: 700; margin: 0 0 1mm; }
.speaker-head p { margin: 0; color: #444; }
.speaker-slide { break-inside: avoid; border-top: 0.3mm solid #999; padding-top: 3mm; margin-bottom: 5mm; }
.speaker-slide header { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; }
.speaker-slide .timing { margin: 0; font-size: 9pt; color: #333; white-space: nowrap; }
.speaker-body { display: grid; grid-template-columns: max-content 1fr; gap: 5mm; align-items: start; }
.speaker-body .slide-frame { margin: 0; }
.speaker-slide .notes { font-size: 10pt; }
.stage-cue { font-style: italic; color: #333; border-left: 0.8mm solid #5a6b7a; padding-left: 2mm; }
.click-mark { font-size: 7pt; text-transform: uppercase; letter-spacing: 0.05em; color: #fff; background: #4a5a68; border-radius: 1mm; padding: 0.2mm 1.2mm; font-style: normal; }
`
}

/** The number sits outside the heading: Chromium's outline takes a heading's text as it is. */
function heading(no: number, title: string): string {
  return `<p class="no">Slide ${no}</p><h2>${escapeHtml(title)}</h2>`
}

function citedHtml(slide: HandoutSlide, entries: BibliographyEntry[]): string {
  const cited = citedEntries(slide.cites, entries)
  if (!cited.length)
    return ''
  // One paragraph, "publisher, year" each: a slide that cites forty sources still fits its page;
  // the numbers lead to the full entries at the back.
  return `<section class="sources"><h3>Sources cited on this slide</h3><p>${
    cited.map(e => `<a href="#source-${e.n}"><span class="ref">[${e.n}]</span>&nbsp;${escapeHtml(e.short)}</a>`).join('; ')
  }</p></section>`
}

function audience(input: HandoutInput): Omit<HandoutDocument, 'css' | 'title'> {
  const { cover, slides, bibliography, tables } = input
  const [first, ...rest] = slides
  const pages = rest.filter(s => !s.reference)
  // A reference slide's notes (stage cues today) would be lost with the slide: keep any text.
  const referenceText = rest.filter(s => s.reference).map(s => audienceNotes(s.notes)).filter(Boolean).join('\n\n')
  const opening = first ? renderNotes(audienceNotes(first.notes)) : ''
  const html = `<section class="cover">
  <h1>${escapeHtml(cover.title)}</h1>
  <p class="subtitle">${escapeHtml(cover.subtitle)}</p>
  <p class="source">${escapeHtml(cover.source)}</p>
  <p class="date">${escapeHtml(cover.date)}</p>
  ${opening ? `<div class="notes opening">${opening}</div>` : ''}
  <p class="about">This handout follows the talk: each slide as shown, the text behind it, and the sources it cites, numbered as in the list of sources at the back.</p>
</section>
${pages.map(s => `<article class="slide-page" id="slide-${s.no}">
  ${heading(s.no, s.title)}
  <figure class="slide-frame" data-slot="${s.no}"></figure>
  <div class="notes">${renderNotes(audienceNotes(s.notes))}</div>
  ${citedHtml(s, bibliography)}
</article>`).join('\n')}
${bibliographyHtml(bibliography).replace('</h2>', `</h2>${referenceText ? `<div class="notes">${renderNotes(referenceText)}</div>` : ''}`)}
${tables.map(tableHtml).join('\n')}`
  return {
    html,
    outline: [
      { heading: cover.title, title: cover.title },
      ...pages.map(s => ({ heading: s.title, title: `${s.no}. ${s.title}` })),
      { heading: 'Sources', title: 'Sources' },
      ...tables.map(t => ({ heading: t.title, title: t.title })),
    ],
  }
}

function speaker(input: HandoutInput): Omit<HandoutDocument, 'css' | 'title'> {
  const { cover, slides, timings } = input
  const budgets = timings.filter(t => t.budgetSeconds !== null)
  const total = budgets.length ? timings.reduce((sum, t) => sum + (t.budgetSeconds ?? 0), 0) : undefined
  const head = `Speaker notes: ${cover.title}`
  const html = `<header class="speaker-head">
  <h1>${escapeHtml(head)}</h1>
  <p>${escapeHtml([cover.date, `${slides.length} slides`, total !== undefined ? `budget ${formatClock(total)} in all` : ''].filter(Boolean).join(' · '))}</p>
</header>
${slides.map((s, i) => {
  const timing = timings[i]
  return `<article class="speaker-slide" id="slide-${s.no}">
  <header><div>${heading(s.no, s.title)}</div>${timing?.budgetSeconds != null ? `<p class="timing">${escapeHtml(timingLabel(timing))}</p>` : ''}</header>
  <div class="speaker-body">
    <figure class="slide-frame" data-slot="${s.no}"></figure>
    <div class="notes">${renderNotes(s.notes) || '<p>No notes for this slide.</p>'}</div>
  </div>
</article>`
}).join('\n')}`
  return {
    html,
    outline: [
      { heading: head, title: 'Speaker notes' },
      ...slides.map(s => ({ heading: s.title, title: `${s.no}. ${s.title}` })),
    ],
  }
}

export function handoutDocument(input: HandoutInput): HandoutDocument {
  const title = `${input.cover.title}${input.edition === 'audience' ? ': handout' : ': speaker notes'}`
  const body = input.edition === 'audience' ? audience(input) : speaker(input)
  return { title, css: css(input.edition, input.cover.title, input.sheetWidth), ...body }
}
