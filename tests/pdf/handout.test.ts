// The handout a speaker hands out: `npm run export:handout` → exports/handout.pdf. A4 portrait,
// a cover, then every slide in order with its image, its notes as real (searchable) text and the
// sources it cites, and "Page k of n" on every page, in the deck's own fonts.
// The cited sources are checked against the built deck itself (the `data-cites` keys each slide
// renders), not against what the export script says it found.
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openGuardedPage } from '../support/browser.ts'
import { type DeckSlide, loadDeck, loadSlidevData, ROOT, squash } from '../support/deck.ts'
import { citesOnSlide, openSlideFinal } from '../support/gates.ts'
import { DIST } from '../support/global-setup.ts'
import { type Pdf, readPdf } from '../support/pdf.ts'
import { serveDist } from '../../scripts/serve.ts'

const PDF = resolve(ROOT, 'exports/handout.pdf')
/** Letters and digits only, lower case: what must survive line breaks, hyphenation and cues. */
const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')

let slides: DeckSlide[]
let pdf: Pdf
let texts: string[]
let log = ''
/** Each slide's handout text (its heading up to the next slide's heading), footers removed. */
const sections = new Map<number, string>()

beforeAll(() => {
  rmSync(PDF, { force: true })
  // From the build the browser tests share (global setup), rather than a build of its own.
  const run = spawnSync('npm', ['run', 'export:handout', '--', '--dist', DIST], { cwd: ROOT, encoding: 'utf8' })
  log = `${run.stdout}\n${run.stderr}`
  if (run.status !== 0 || !existsSync(PDF))
    throw new Error(`npm run export:handout failed (${run.status}):\n${log}`)
}, 400_000)

beforeAll(async () => {
  slides = await loadDeck()
  pdf = await readPdf(PDF)
  const n = pdf.pages.length
  // Every page ends with the footer "<title> Page k of n"; drop it so notes read on across pages.
  texts = pdf.pages.map((t, i) => t.replace(new RegExp(`\\s*Page ${i + 1} of ${n}\\s*$`), ''))
  const title = squash(slides[0]!.title)
  const body = texts.slice(1).map(t => t.endsWith(title) ? t.slice(0, -title.length) : t).join(' ')
  let from = 0
  const starts: number[] = []
  for (const s of slides) {
    const at = body.indexOf(`${s.no} ${squash(s.title)}`, from)
    starts.push(at)
    if (at >= 0)
      from = at + 1
  }
  slides.forEach((s, i) => {
    const start = starts[i]!
    if (start < 0)
      return
    const end = starts.slice(i + 1).find(x => x >= 0) ?? body.length
    sections.set(s.no, body.slice(start, end))
  })
})

describe('npm run export:handout → exports/handout.pdf', () => {
  it('prints progress and ends with the path, pages and size', () => {
    expect(log).toMatch(new RegExp(`slide 1 of ${slides.length}`))
    expect(log).toMatch(new RegExp(`slide ${slides.length} of ${slides.length}`))
    expect(log).toMatch(/exports\/handout\.pdf: \d+ pages, \d+ bytes/)
  })

  it('is A4 portrait throughout', () => {
    const sizes = pdf.pageSizes.map(s => [s.width, s.height])
    expect(sizes.length).toBe(pdf.pages.length)
    const wrong = sizes.map(([w, h], i) => ({ page: i + 1, w, h })).filter(({ w, h }) => Math.abs(w! - 595) > 3 || Math.abs(h! - 842) > 3)
    expect(wrong, 'pages that are not A4 portrait (595 x 842 pt)').toEqual([])
  })

  it('opens with a cover: the deck\'s title and what its title slide says (subtitle, source, date)', async () => {
    // Expected as slides.md has it, not as the export derives it: the headmatter title, and each
    // line of text on the title slide below its heading (markup removed; "source · date" is two).
    const data = await loadSlidevData()
    const lines = data.slides[0]!.content
      .replace(/^#\s.*$/m, '')
      .replace(/<[^>]+>/g, '\n')
      .split(/\n| · /)
      .map(squash)
      .filter(Boolean)
    expect(lines.length, 'lines on the title slide besides its heading').toBeGreaterThanOrEqual(2)
    const page1 = texts[0]!
    for (const part of [squash(String(data.headmatter.title)), ...lines])
      expect(page1, `cover lacks "${part}"`).toContain(part)
    expect(page1, 'the cover names the essay it is based on').toMatch(/Based on the essay/)
  })

  it('has every slide, in order, each under its number and title', () => {
    const missing = slides.filter(s => !sections.has(s.no)).map(s => `${s.no} ${s.title}`)
    expect(missing, 'slides missing from the handout (or out of order)').toEqual([])
  })

  it('shows one slide image per slide, at full resolution', () => {
    const big = pdf.images.filter(i => i.width >= 980 && i.height >= 540)
    expect(big.length).toBe(slides.length)
  })

  it('prints each slide\'s speaker notes as text', () => {
    const wrong = slides
      .filter(s => s.notes.trim())
      .filter(s => !sameWords(sections.get(s.no) ?? '', s.notes))
      .map(s => `slide ${s.no} "${s.title}": notes not found as text`)
    expect(wrong).toEqual([])
  })

  it('lists the sources each slide cites, as resolved by data/sources.ts', async () => {
    const sourcesFile = resolve(ROOT, 'data/sources.ts')
    expect(existsSync(sourcesFile), 'data/sources.ts').toBe(true)
    const { sourcesFor } = await import(pathToFileURL(sourcesFile).href) as { sourcesFor: (k: string[]) => { title: string }[] }
    const browser: Browser = await launchChromium()
    const server = await serveDist(DIST, '/')
    const missing: string[] = []
    let cited = 0
    try {
      const { page, external } = await openGuardedPage(browser)
      for (const s of slides) {
        await openSlideFinal(page, server.url, s.no, `print&range=${s.no}`, true)
        const keys = await citesOnSlide(page, s.no)
        const section = words(sections.get(s.no) ?? '')
        for (const src of sourcesFor(keys)) {
          cited++
          if (!section.includes(words(src.title)))
            missing.push(`slide ${s.no}: "${src.title}" (cited by ${keys.join(' ')})`)
        }
      }
      expect(external).toEqual([])
    }
    finally {
      await browser.close()
      await server.close()
    }
    expect(missing, 'cited sources missing from the slide\'s handout page').toEqual([])
    expect(cited, 'no slide cites any source: data-cites missing from the components?').toBeGreaterThan(0)
  })

  it('numbers every page "Page k of n" in the footer', () => {
    const n = pdf.pages.length
    const raw = pdf.pages
    const unnumbered = raw.map((t, i) => ({ page: i + 1, ok: t.endsWith(`Page ${i + 1} of ${n}`) })).filter(p => !p.ok).map(p => p.page)
    expect(unnumbered, 'pages without "Page k of n" at the foot').toEqual([])
  })

  it('embeds only the deck\'s own fonts', () => {
    const used = pdf.fonts
    expect(used.filter(f => !f.embedded).map(f => f.name), 'fonts not embedded').toEqual([])
    const foreign = used.filter(f => !/NunitoSans|FiraCode/i.test(f.name)).map(f => f.name)
    expect(foreign, 'system fonts in the handout').toEqual([])
  })
})

/** The notes' words appear in order in the section; "click" (the cue labels) is ignored on both sides. */
function sameWords(section: string, notes: string): boolean {
  const noClick = (s: string) => words(s).split(' ').filter(w => w !== 'click').join(' ')
  return noClick(section).includes(noClick(notes))
}
