// The slide PDF an audience gets: one page per slide, each page showing its slide (a page
// printed before the slide rendered is blank and fails here), the deck's own fonts embedded,
// and an outline of slide titles for navigation.
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { type DeckSlide, loadDeck, ROOT, squash } from '../support/deck.ts'
import { type Pdf, readPdf } from '../support/pdf.ts'

const PDF = resolve(ROOT, 'exports/slides.pdf')

let slides: DeckSlide[]
let pdf: Pdf

beforeAll(() => {
  rmSync(PDF, { force: true })
  const run = spawnSync('npm', ['run', 'export'], { cwd: ROOT, encoding: 'utf8' })
  if (run.status !== 0 || !existsSync(PDF))
    throw new Error(`npm run export failed (${run.status}):\n${run.stdout}\n${run.stderr}`)
}, 300_000)

beforeAll(async () => {
  slides = await loadDeck()
  pdf = await readPdf(PDF)
})

describe('npm run export → exports/slides.pdf', () => {
  it('has one page per slide', () => {
    expect(pdf.pages.length).toBe(slides.length)
  })

  it('shows each slide\'s title on its page (no blank page)', () => {
    const texts = pdf.pages
    const wrong = slides
      .filter(s => !texts[s.no - 1]?.includes(squash(s.title)))
      .map(s => `page ${s.no} lacks "${s.title}": "${texts[s.no - 1]?.slice(0, 80) ?? '(no page)'}"`)
    expect(wrong).toEqual([])
  })

  it('embeds the deck\'s own fonts and no system fallback', () => {
    const used = pdf.fonts
    expect(used.length).toBeGreaterThan(0)
    expect(used.filter(f => !f.embedded).map(f => f.name), 'fonts not embedded').toEqual([])
    expect(used.some(f => /NunitoSans/i.test(f.name)), `fonts: ${used.map(f => f.name).join(', ')}`).toBe(true)
    // Anything else is a fallback: a system font (DejaVu, Liberation) for a glyph the deck's
    // fonts lack, or a Type 3 "[none]" font that Chromium draws for a synthesised style.
    const others = used.filter(f => !/NunitoSans|FiraCode/i.test(f.name)).map(f => f.name)
    expect(others, 'fonts that are not the deck\'s own').toEqual([])
  })

  it('has an outline with every slide title, in order', () => {
    expect(pdf.outline.map(squash)).toEqual(slides.map(s => squash(s.title)))
  })
})
