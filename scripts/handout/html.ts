// The handout as one HTML document for Chromium to print: a cover, then per slide its image, its
// notes as real text and the sources it cites. Nothing has a fixed height or hides overflow, so
// long notes flow onto the next page instead of being cut off.
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Cover } from './deck.ts'
import { escapeHtml, renderNotes } from './notes.ts'

export interface HandoutSource { title: string, url: string }

export interface HandoutPage {
  no: number
  title: string
  notes: string
  /** file:// URL of the slide image, or undefined for a notes-only handout. */
  image?: string
  sources: HandoutSource[]
  /** Cite keys found on the slide that resolved to no source (shown as keys). */
  unresolved: string[]
  /** Issue 13: "budget 0:45 · at 6:30", printed for the speaker (see `timing` below). */
  timing?: string
}

const require = createRequire(import.meta.url)

function fontsourceCss(pkg: string, files: string[]): string {
  const dir = dirname(require.resolve(`${pkg}/package.json`))
  return files.map(f => `<link rel="stylesheet" href="${pathToFileURL(resolve(dir, f)).href}">`).join('\n')
}

/** Page numbers live in CSS page-margin boxes, not in page.pdf's footerTemplate: Chromium renders that
 * template apart from the document and loads no web font for it, so it embedded a system font. */
const css = (title: string) => `
@page {
  size: A4 portrait;
  margin: 14mm 15mm 18mm 15mm;
  @bottom-left { content: ${cssString(title)}; font-family: 'Nunito Sans', sans-serif; font-size: 8pt; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'Nunito Sans', sans-serif; font-size: 8pt; color: #555; }
}
html { font-family: 'Nunito Sans', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
body { margin: 0; }
code { font-family: 'Fira Code', monospace; font-size: 0.9em; }
.cover { break-after: page; padding-top: 55mm; }
.cover h1 { font-size: 26pt; line-height: 1.15; margin: 0 0 6mm; font-weight: 700; }
.cover .subtitle { font-size: 15pt; margin: 0 0 16mm; }
.cover .source { font-size: 11pt; margin: 0 0 3mm; }
.cover .date { font-size: 11pt; color: #444; margin: 0; }
.cover .about { margin-top: 30mm; font-size: 9.5pt; color: #444; }
.slide { break-before: page; }
.slide:first-of-type { break-before: auto; }
.slide h2 { font-size: 13pt; margin: 0 0 3mm; font-weight: 700; }
.slide h2 .no { color: #666; font-weight: 400; margin-right: 2mm; }
.slide .timing { margin: -2mm 0 3mm; font-size: 9.5pt; color: #444; }
.slide img { display: block; width: 100%; height: auto; border: 0.3mm solid #bbb; break-inside: avoid; }
.notes { margin-top: 5mm; }
.notes h3, .sources h3 { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.06em; color: #555; margin: 0 0 2mm; font-weight: 700; }
.notes p { margin: 0 0 2.5mm; orphans: 2; widows: 2; }
.notes .none { color: #777; font-style: italic; }
.cue { margin-right: 1.5mm; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.05em; color: #fff; background: #5a6b7a; border-radius: 1mm; padding: 0.2mm 1.2mm; }
.sources { margin-top: 4mm; font-size: 9pt; }
.sources ol { margin: 0; padding-left: 5mm; }
.sources li { margin-bottom: 1mm; overflow-wrap: anywhere; }
.sources .url { color: #345; }
`

function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, c => `\\${c}`).replace(/\n/g, ' ')}"`
}

export function handoutHtml(cover: Cover, pages: HandoutPage[]): string {
  const fonts = [
    fontsourceCss('@fontsource/nunito-sans', ['400.css', '400-italic.css', '700.css']),
    fontsourceCss('@fontsource/fira-code', ['400.css']),
  ].join('\n')
  const slides = pages.map((p) => {
    const notes = renderNotes(p.notes)
    const sources = p.sources.length || p.unresolved.length
      ? `<section class="sources"><h3>Sources</h3><ol>${
        p.sources.map(s => `<li>${escapeHtml(s.title)}<br><span class="url">${escapeHtml(s.url)}</span></li>`).join('')
      }${p.unresolved.map(k => `<li>${escapeHtml(k)}</li>`).join('')}</ol></section>`
      : ''
    // Issue 13: the speaker's timing under the title, in the notes export (the pages without a
    // slide image) only: an audience handout has no use for it.
    const timing = p.timing && !p.image ? `<p class="timing">${escapeHtml(p.timing)}</p>` : ''
    return `<article class="slide" id="slide-${p.no}">
  <h2><span class="no">${p.no}</span>${escapeHtml(p.title)}</h2>
  ${timing}
  ${p.image ? `<img src="${p.image}" alt="Slide ${p.no}: ${escapeHtml(p.title)}">` : ''}
  <section class="notes"><h3>Speaker notes</h3>${notes || '<p class="none">No notes for this slide.</p>'}</section>
  ${sources}
</article>`
  }).join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(cover.title)}: handout</title>
${fonts}
<style>${css(cover.title)}</style>
</head>
<body>
<section class="cover">
  <h1>${escapeHtml(cover.title)}</h1>
  <p class="subtitle">${escapeHtml(cover.subtitle)}</p>
  <p class="source">${escapeHtml(cover.source)}</p>
  <p class="date">${escapeHtml(cover.date)}</p>
  <p class="about">Handout: ${pages.length} slides, each ${pages.some(p => p.image) ? 'with its final state, ' : ''}the speaker's notes and the sources it cites.</p>
</section>
${slides}
</body>
</html>
`
}
