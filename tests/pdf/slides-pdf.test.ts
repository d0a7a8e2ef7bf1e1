// The slide PDF: one page per slide at the slide's size, each page showing its slide (a page
// printed before the slide rendered is blank and fails here), tagged for screen readers with
// the deck's title and language, chart text alternatives in the structure, the deck's own fonts
// embedded, and an outline of slide titles. Printed from the shared build (--dist).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DeckSlide, loadDeck, loadSlidevData, ROOT, squash } from '../support/deck.ts'
import { DIST } from '../support/global-setup.ts'
import { fontsUsed, outline, pageTexts, pdfFacts, taggedElements, words } from '../support/pdf-structure.ts'

const work = mkdtempSync(join(tmpdir(), 'slides-pdf-'))
const PDF = join(work, 'slides.pdf')

let slides: DeckSlide[]
let log = ''

beforeAll(async () => {
  slides = await loadDeck()
  const run = spawnSync('npm', ['run', 'export', '--', '--dist', DIST, '--output', PDF], { cwd: ROOT, encoding: 'utf8' })
  log = `${run.stdout}\n${run.stderr}`
  if (run.status !== 0 || !existsSync(PDF))
    throw new Error(`npm run export failed (${run.status}):\n${log}`)
}, 300_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('npm run export → the slide PDF', () => {
  it('reports progress, then the path, pages and size', () => {
    expect(log).toContain(`slide 1 of ${slides.length}`)
    expect(log).toContain(`slide ${slides.length} of ${slides.length}`)
    expect(log).toMatch(/slides\.pdf: \d+ pages, \d+ bytes/)
  })

  it('has one page per slide, at the slide\'s 16:9 size', async () => {
    const { pages, sizes } = await pdfFacts(PDF)
    expect(pages).toBe(slides.length)
    const wrong = sizes.map(([w, h], i) => ({ page: i + 1, w, h })).filter(({ w, h }) => Math.abs(w / h - 16 / 9) > 0.01)
    expect(wrong, 'pages that are not 16:9').toEqual([])
  })

  it('shows each slide\'s title on its page (no blank page)', async () => {
    const texts = await pageTexts(PDF)
    const wrong = slides
      .filter(s => !words(texts[s.no - 1] ?? '').includes(words(s.title)))
      .map(s => `page ${s.no} lacks "${s.title}": "${texts[s.no - 1]?.slice(0, 80) || '(blank)'}"`)
    expect(wrong).toEqual([])
  })

  it('is tagged, with the deck\'s title and language', async () => {
    const data = await loadSlidevData()
    const facts = await pdfFacts(PDF)
    expect(facts.tagged, 'Tagged: yes').toBe(true)
    expect(facts.structured, 'a structure tree').toBe(true)
    expect(squash(facts.title)).toBe(squash(String(data.headmatter.title)))
    expect(facts.lang).toBe(String(data.headmatter.lang ?? 'en'))
  })

  it('has an outline whose entries are the slide titles, each opening its slide', async () => {
    const items = await outline(PDF)
    expect(items.map(i => squash(i.title))).toEqual(slides.map(s => squash(s.title)))
    expect(items.map(i => i.page)).toEqual(slides.map(s => s.no))
  })

  it('tags every slide\'s heading and the tables as tables', async () => {
    const missing: string[] = []
    for (const s of slides) {
      const headings = await taggedElements(PDF, s.no, 'H1')
      if (s.content.match(/^# /m) && !headings.length)
        missing.push(`slide ${s.no}: no H1`)
      if (/<(ProjectTable|EuropeTable)\b/.test(s.content) && !(await taggedElements(PDF, s.no, 'Table')).length)
        missing.push(`slide ${s.no}: no Table`)
    }
    expect(missing).toEqual([])
  })

  it('carries each chart\'s text alternative into the structure (Figure /Alt)', async () => {
    const charts = slides.filter(s => /<(BarChart|Timeline)\b/.test(s.content))
    expect(charts.length, 'chart slides in slides.md').toBeGreaterThan(0)
    for (const s of charts) {
      const alts = (await taggedElements(PDF, s.no, 'Figure')).map(f => f.alt).filter(a => a.trim().length > 20)
      expect(alts, `slide ${s.no} "${s.title}": a Figure with a text alternative`).not.toEqual([])
    }
  })

  it('embeds the deck\'s own fonts and no fallback', async () => {
    const used = await fontsUsed(PDF)
    expect(used.some(f => /NunitoSans/i.test(f.name)), `fonts: ${used.map(f => f.name).join(', ')}`).toBe(true)
    expect(used.filter(f => !f.embedded).map(f => f.name), 'fonts not embedded').toEqual([])
    // Anything else is a fallback: a system font for a glyph the deck's fonts lack, or a Type 3
    // font that Chromium draws for a synthesised style.
    expect(used.filter(f => !/NunitoSans|FiraCode/i.test(f.name) || f.type === 'Type3').map(f => f.name)).toEqual([])
  })
})
