// Readable from the back row (issue 12): every slide of the built deck, in its final click state,
// in the light and the dark scheme, measured in real Chromium. Sizes are canvas px on Slidev's
// 980 × 552 slide: the rendered size divided by the slide's CSS scale (and, for SVG text, times
// the SVG's own scale). Each text node is read as what the audience sees:
//   fine print (.fine-print: citations, footnotes, source lists)  ≥ 12 px, not prose
//   table cells and captions                                       ≥ 16 px, not prose
//   chart and timeline text (inside <svg> or a <figure>)           ≥ 14 px, not prose
//   titles and labels (h1–h6, .kicker)                             ≥ 14 px, not prose
//   everything else is prose: ≥ 20 px on a content slide, and there at most 60 words, ¾ of them at ≥ 18 px
// Nothing anywhere is below 12 px. Content slides are all but cover, fact, statement and section.
// A table has at most 8 body rows unless its rows are revealed one click at a time.
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openGuardedPage } from '../support/browser.ts'
import { type DeckSlide, loadDeck } from '../support/deck.ts'
import { openSlideFinal } from '../support/gates.ts'
import { DIST } from '../support/global-setup.ts'
import { serveDist, type StaticServer } from '../../scripts/serve.ts'

/** The issue's numbers, in canvas px and words. */
const RULES = {
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
const NOT_CONTENT = ['cover', 'fact', 'statement', 'section']

type Kind = 'fine' | 'table' | 'chart' | 'label' | 'body'
interface Run { kind: Kind, px: number, words: number, text: string }
interface Measure { layout: string, runs: Run[], tables: { rows: number, revealed: boolean }[] }

let browser: Browser
let server: StaticServer
let slides: DeckSlide[]

beforeAll(async () => {
  browser = await launchChromium()
  slides = await loadDeck()
  server = await serveDist(DIST, '/')
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe.each(['light', 'dark'] as const)('type scale and density, %s scheme', (scheme) => {
  const measures = new Map<number, Measure>()

  beforeAll(async () => {
    const { page, context } = await openGuardedPage(browser, { colorScheme: scheme })
    try {
      for (const slide of slides) {
        await openSlideFinal(page, server.url, slide.no)
        measures.set(slide.no, await page.evaluate((no) => {
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
        }, slide.no))
      }
    }
    finally {
      await context.close()
    }
  }, 150_000)

  const where = (no: number) => `slide ${no} (${scheme}, ${measures.get(no)?.layout})`
  const quote = (t: string) => `"${t.length > 60 ? `${t.slice(0, 57)}…` : t}"`
  const isContent = (m: Measure) => !NOT_CONTENT.includes(m.layout)

  it('measured every slide', () => {
    // One line per slide for the closing note of a change: layout, prose words, smallest size per kind.
    const lines = [...measures].map(([no, m]) => {
      const words = m.runs.filter(r => r.kind === 'body').reduce((n, r) => n + r.words, 0)
      const mins = (['body', 'label', 'table', 'chart', 'fine'] as const)
        .map((k) => {
          const sizes = m.runs.filter(r => r.kind === k).map(r => r.px)
          return sizes.length ? `${k} ≥ ${Math.min(...sizes)}` : ''
        })
        .filter(Boolean)
        .join(', ')
      return `${String(no).padStart(2)} ${m.layout.padEnd(10)} ${String(words).padStart(3)} words · ${mins}${m.tables.length ? ` · rows ${m.tables.map(t => t.rows).join('/')}` : ''}`
    })
    console.info(`typography, ${scheme}:\n${lines.join('\n')}`)
    expect(measures.size).toBe(slides.length)
    // A slide with no text at all would pass every rule below without being looked at.
    expect([...measures].filter(([, m]) => m.runs.length === 0).map(([no]) => where(no))).toEqual([])
  })

  it('sets nothing below 12 px, and each kind of text at its own minimum', () => {
    const min: Record<Kind, number> = { fine: RULES.fine, table: RULES.table, chart: RULES.chart, label: RULES.label, body: RULES.anywhere }
    const small: string[] = []
    for (const [no, m] of measures) {
      for (const r of m.runs) {
        const floor = r.kind === 'body' && isContent(m) ? RULES.body : Math.max(min[r.kind], RULES.anywhere)
        if (r.px < floor)
          small.push(`${where(no)}: ${r.kind} text at ${r.px}px < ${floor}px: ${quote(r.text)}`)
      }
    }
    expect(small).toEqual([])
  })

  it('keeps prose to at most 60 words per content slide, three quarters of it at 18 px or more', () => {
    const dense: string[] = []
    for (const [no, m] of measures) {
      if (!isContent(m))
        continue
      const prose = m.runs.filter(r => r.kind === 'body')
      const words = prose.reduce((n, r) => n + r.words, 0)
      const large = prose.filter(r => r.px >= RULES.mostProse).reduce((n, r) => n + r.words, 0)
      if (words > RULES.proseWords)
        dense.push(`${where(no)}: ${words} words of prose > ${RULES.proseWords}, from ${quote(prose.map(r => r.text).join(' '))}`)
      if (words > 0 && large / words < RULES.mostShare)
        dense.push(`${where(no)}: only ${large} of ${words} prose words at ≥ ${RULES.mostProse}px`)
    }
    expect(dense).toEqual([])
  })

  it('shows at most 8 table rows at once, or reveals them one click at a time', () => {
    const long = [...measures].flatMap(([no, m]) => m.tables
      .filter(t => t.rows > RULES.tableRows && !t.revealed)
      .map(t => `${where(no)}: a table of ${t.rows} rows shown at once`))
    expect(long).toEqual([])
  })
})
