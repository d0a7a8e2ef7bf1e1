// The slide PDF: one page per slide at the slide's size, each page showing its slide (a page
// printed before the slide rendered is blank and fails here), tagged for screen readers with
// the deck's title and language, chart text alternatives in the structure, the deck's own fonts
// embedded, and an outline of slide titles. The one `npm run export:site` wrote for the browser
// tests (tests/support/global-setup.ts): the same printing as `npm run export`'s, which the door's
// tries and `npm run test:soak` run on their own.
import type { DeckSlide } from '../support/deck.ts'
import type { Pdf } from '../support/pdf.ts'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck, loadSlidevData, squash } from '../support/deck.ts'
import { DIST_SUB } from '../support/global-setup.ts'
import { readPdf, words } from '../support/pdf.ts'

let slides: DeckSlide[]
let log = ''
let pdf: Pdf

beforeAll(async () => {
  slides = await loadDeck()
  log = inject('siteExportLog')
  pdf = await readPdf(join(DIST_SUB, 'slides.pdf'))
})

/** The structure elements of `role` on page `no`. */
const tagged = (no: number, role: string) => pdf.elements[no - 1]?.filter(e => e.role === role) ?? []

describe('the slide PDF', () => {
  it('reports progress, then the path, pages and size', () => {
    expect(log).toContain(`slide 1 of ${slides.length}`)
    expect(log).toContain(`slide ${slides.length} of ${slides.length}`)
    expect(log).toMatch(/slides\.pdf: \d+ pages, \d+ bytes/)
  })

  it('has one page per slide, at the slide\'s 16:9 size', () => {
    expect(pdf.pages.length).toBe(slides.length)
    const wrong = pdf.pageSizes.map(({ width: w, height: h }, i) => ({ page: i + 1, w, h })).filter(({ w, h }) => Math.abs(w / h - 16 / 9) > 0.01)
    expect(wrong, 'pages that are not 16:9').toEqual([])
  })

  it('shows each slide\'s title on its page (no blank page)', () => {
    const texts = pdf.pages
    const wrong = slides
      .filter(s => !words(texts[s.no - 1] ?? '').includes(words(s.title)))
      .map(s => `page ${s.no} lacks "${s.title}": "${texts[s.no - 1]?.slice(0, 80) || '(blank)'}"`)
    expect(wrong).toEqual([])
  })

  it('is tagged, with the deck\'s title and language', async () => {
    const data = await loadSlidevData()
    expect(pdf.tagged, 'Tagged: yes, with a structure tree').toBe(true)
    expect(squash(pdf.title)).toBe(squash(String(data.headmatter.title)))
    expect(pdf.lang).toBe(String(data.headmatter.lang ?? 'en'))
  })

  it('has an outline whose entries are the slide titles, each opening its slide', () => {
    const items = pdf.outline
    expect(items.map(i => squash(i.title))).toEqual(slides.map(s => squash(s.title)))
    expect(items.map(i => i.page)).toEqual(slides.map(s => s.no))
  })

  it('tags every slide\'s heading and the tables as tables', () => {
    const missing: string[] = []
    for (const s of slides) {
      const headings = tagged(s.no, 'H1')
      if (/^# /m.test(s.content) && !headings.length)
        missing.push(`slide ${s.no}: no H1`)
      if (/<(?:ProjectTable|EuropeTable)\b/.test(s.content) && !tagged(s.no, 'Table').length)
        missing.push(`slide ${s.no}: no Table`)
    }
    expect(missing).toEqual([])
  })

  it('carries each chart\'s text alternative into the structure (Figure /Alt)', () => {
    const charts = slides.filter(s => /<(?:BarChart|Timeline)\b/.test(s.content))
    expect(charts.length, 'chart slides in slides.md').toBeGreaterThan(0)
    for (const s of charts) {
      const alts = tagged(s.no, 'Figure').map(f => f.alt).filter(a => a.trim().length > 20)
      expect(alts, `slide ${s.no} "${s.title}": a Figure with a text alternative`).not.toEqual([])
    }
  })

  it('embeds the deck\'s own fonts and no fallback', () => {
    const used = pdf.fonts
    expect(used.some(f => /NunitoSans/i.test(f.name)), `fonts: ${used.map(f => f.name).join(', ')}`).toBe(true)
    expect(used.filter(f => !f.embedded).map(f => f.name), 'fonts not embedded').toEqual([])
    // Anything else is a fallback: a system font for a glyph the deck's fonts lack, or a Type 3
    // font that Chromium draws for a synthesised style.
    expect(used.filter(f => !/NunitoSans|FiraCode/i.test(f.name) || f.type3).map(f => f.name)).toEqual([])
  })
})
