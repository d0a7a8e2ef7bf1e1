// Readable from the back row: how gates.test.ts measures every slide of the built deck, in its
// final click state, in the light and the dark scheme, in real Chromium. Sizes are canvas px on Slidev's
// 980 × 552 slide: the rendered size divided by the slide's CSS scale (and, for SVG text, times
// the SVG's own scale). Each text node is read as what the audience sees:
//   fine print (.fine-print: citations, footnotes, source lists)  ≥ 12 px, not prose
//   table cells and captions                                       ≥ 16 px, not prose
//   chart and timeline text (inside <svg> or a <figure>)           ≥ 14 px, not prose
//   titles and labels (h1–h6, .kicker)                             ≥ 14 px, not prose
//   everything else is prose: ≥ 20 px on a content slide, and there at most 60 words, ¾ of them at ≥ 18 px
// Nothing anywhere is below 12 px. Content slides are all but cover, fact, statement and section.
// A table has at most 8 body rows unless its rows are revealed one click at a time.
import type { Page } from 'playwright-chromium'

/** The type scale and density rules, in canvas px and words. */
export const RULES = {
  anywhere: 12,
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
export const NOT_CONTENT = ['cover', 'fact', 'statement', 'section']

export type Kind = 'fine' | 'table' | 'chart' | 'label' | 'body'
export interface Run { kind: Kind, px: number, words: number, text: string }
export interface Measure { layout: string, runs: Run[], tables: { rows: number, revealed: boolean }[] }

/** The text of slide `no` as the audience sees it, run by run, with its layout and tables. */
export function measureSlide(page: Page, no: number): Promise<Measure> {
  return page.evaluate((no) => {
    const root = document.querySelector<HTMLElement>(`.slidev-page-${no}`)!
    // The slide is laid out at 980 × 552 and scaled to the window with a CSS transform.
    const scale = root.getBoundingClientRect().width / root.offsetWidth
    const layout = root.querySelector('.slidev-layout')
    const layoutName = [...(layout?.classList ?? [])].find(c => c !== 'slidev-layout') ?? 'default'
    const runs: { kind: 'fine' | 'table' | 'chart' | 'label' | 'body', px: number, words: number, text: string }[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
      const el = node.parentElement
      if (!text || !el || el.closest('title, desc, style, script, template'))
        continue
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      let px = Number.parseFloat(getComputedStyle(el).fontSize)
      const svgText = el.closest('svg') ? el.closest<SVGGraphicsElement>('text, tspan') : null
      if (svgText)
        px *= (svgText.getScreenCTM()?.a ?? scale) / scale
      const kind = el.closest('.fine-print')
        ? 'fine'
        : el.closest('table')
          ? 'table'
          : el.closest('svg, figure')
            ? 'chart'
            : el.closest('h1, h2, h3, h4, h5, h6, .kicker') ? 'label' : 'body'
      runs.push({ kind, px: Math.round(px * 10) / 10, words: text.split(' ').filter(w => /[\p{L}\p{N}]/u.test(w)).length, text })
    }
    const tables = [...root.querySelectorAll('table')].map((t) => {
      const rows = [...t.querySelectorAll('tbody > tr')]
      return { rows: rows.length, revealed: rows.length > 0 && rows.every(r => r.classList.contains('slidev-vclick-target')) }
    })
    return { layout: layoutName, runs, tables }
  }, no)
}
