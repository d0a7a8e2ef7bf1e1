// Readable from the back row: how gates.test.ts measures every slide of the built deck, in its
// final click state, in the light and the dark scheme, in real Chromium. Sizes are canvas px on Slidev's
// 980 × 552 slide: the rendered size divided by the slide's CSS scale (and, for SVG text, times
// the SVG's own scale). Each visible text node (not .sr-only) is read as what the audience sees:
//   the slide's title (h1)                                          ≥ 14 px, not prose
//   table cells (td, th)                                            ≥ 16 px, not prose
//   chart labels (in <svg>, a .chart-legend, a <figure> but its caption) ≥ 14 px, not prose
//   short citations (a source link of at most 6 words)             ≥ 12 px, not prose
//   fine print (.fine-print: footnotes, source lists)               ≥ 12 px, prose
//   other headings, labels and captions (h2–h6, .kicker, captions)  ≥ 14 px, prose
//   everything else (body)                                          ≥ 20 px on a content slide, prose
// On a content slide (all but the cover, section and reference slides) prose is at most 60 words,
// ¾ of them at ≥ 18 px. Nothing anywhere is below 12 px.
// A table has at most 8 body rows unless its rows are revealed one click at a time.
import type { Page } from 'playwright-chromium'

/** The type scale and density rules, in canvas px and words. */
export const RULES = {
  anywhere: 12,
  title: 14,
  cite: 12,
  citeWords: 6,
  fine: 12,
  table: 16,
  chart: 14,
  label: 14,
  body: 20,
  mostProse: 18,
  mostShare: 0.75,
  proseWords: 60,
  tableRows: 8,
}
export const NOT_CONTENT = ['cover', 'section', 'references']

export type Kind = 'title' | 'table' | 'chart' | 'cite' | 'fine' | 'label' | 'body'
/** Text that is not counted as prose. */
export const NOT_PROSE: readonly Kind[] = ['title', 'table', 'chart', 'cite']
export interface Run { kind: Kind, px: number, words: number, text: string }
export interface Measure { layout: string, runs: Run[], tables: { rows: number, revealed: boolean }[] }

/** The text of slide `no` as the audience sees it, run by run, with its layout and tables. */
export function measureSlide(page: Page, no: number): Promise<Measure> {
  return page.evaluate(({ no, cite }) => {
    const root = document.querySelector<HTMLElement>(`.slidev-page-${no}`)!
    // The slide is laid out at 980 × 552 and scaled to the window with a CSS transform.
    const scale = root.getBoundingClientRect().width / root.offsetWidth
    const layout = root.querySelector('.slidev-layout')
    const layoutName = [...(layout?.classList ?? [])].find(c => c !== 'slidev-layout') ?? 'default'
    const runs: { kind: Kind, px: number, words: number, text: string }[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
      const el = node.parentElement
      if (!text || !el || el.closest('title, desc, style, script, template, .sr-only'))
        continue
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      let px = Number.parseFloat(getComputedStyle(el).fontSize)
      const svgText = el.closest('svg') ? el.closest<SVGGraphicsElement>('text, tspan') : null
      if (svgText)
        px *= (svgText.getScreenCTM()?.a ?? scale) / scale
      const words = text.split(' ').filter(w => /[\p{L}\p{N}]/u.test(w)).length
      const kind: Kind = el.closest('h1')
        ? 'title'
        : el.closest('td, th')
          ? 'table'
          : el.closest('svg, .chart-legend') || (el.closest('figure') && !el.closest('figcaption'))
            ? 'chart'
            : el.closest('.source-links a') && words <= cite
              ? 'cite'
              : el.closest('.fine-print')
                ? 'fine'
                : el.closest('h2, h3, h4, h5, h6, .kicker, caption, figcaption') ? 'label' : 'body'
      runs.push({ kind, px: Math.round(px * 10) / 10, words, text })
    }
    const tables = [...root.querySelectorAll('table')].map((t) => {
      const rows = [...t.querySelectorAll('tbody > tr')]
      return { rows: rows.length, revealed: rows.length > 0 && rows.every(r => r.classList.contains('slidev-vclick-target')) }
    })
    return { layout: layoutName, runs, tables }
  }, { no, cite: RULES.citeWords })
}
