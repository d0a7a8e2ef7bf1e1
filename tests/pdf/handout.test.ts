// The two printed editions:
// - the audience edition (`npm run export:handout`; read here as `npm run export:site` wrote it for
//   the browser tests, tests/support/global-setup.ts): A4 portrait, a cover that carries the opening
//   text (the cover slide is not printed again), then each slide from a page of its own, the slide
//   as vector content (its title and table cells are text inside the page's slide figure), the
//   essay's text for it without stage cues, what the record says of what it shows (the evidence,
//   each side of a dispute), the sources it cites; the bibliography once at the
//   back (the reference slides are not printed), the claims ledger, page numbers.
// - `npm run export:notes`, from the shared build (--dist), the speaker edition: every slide small
//   beside every note, cues and click marks included.
// Both tagged, with title and language, the deck's own fonts embedded, no blank page.
// The cited sources are checked against the built deck itself (the `data-cites` keys each slide
// renders in Chromium), not against what the export script says it found.
import type { Browser } from 'playwright-chromium'
import type { DeckSlide } from '../support/deck.ts'
import type { OutlineItem, Pdf } from '../support/pdf.ts'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { claims } from '../../data/claims.ts'
import { allSources, sourcesFor } from '../../data/index.ts'
import { projects } from '../../data/projects.ts'
import { citation } from '../../data/sources.ts'
import { audienceNotes } from '../../export/notes.ts'
import { slideTimings, timingLabel } from '../../lib/pace.ts'
import { serveDist } from '../../lib/serve.ts'
import { connectTestBrowser, openGuardedPage } from '../support/browser.ts'
import { loadDeck, loadSlidevData, ROOT, squash } from '../support/deck.ts'
import { citesOnSlide, settleSlide } from '../support/gates.ts'
import { DIST, DIST_SUB } from '../support/global-setup.ts'
import { readPdf, words } from '../support/pdf.ts'

const work = mkdtempSync(join(tmpdir(), 'handout-test-'))
const HANDOUT = join(DIST_SUB, 'handout.pdf')
const NOTES = join(work, 'notes.pdf')
const A4 = [595.28, 841.89]

let slides: DeckSlide[]
/** Slides with a page of their own in the audience edition: not the cover, not the reference slides. */
let printed: DeckSlide[]
const logs: Record<string, string> = {}
let handout: Pdf
let notes: Pdf
let texts: string[]
let items: OutlineItem[]
/** The footer's left part on every page. */
let deckTitle: string

/** Runs `npm run <script>` on the shared build. */
async function exportTo(script: string, output: string): Promise<void> {
  const child = spawn('npm', ['run', script, '--', '--dist', DIST, '--output', output], { cwd: ROOT, shell: process.platform === 'win32' })
  let log = ''
  child.stdout.on('data', d => log += d)
  child.stderr.on('data', d => log += d)
  const status = await new Promise<number | null>(resolve => child.on('close', resolve))
  logs[script] = log
  if (status !== 0 || !existsSync(output))
    throw new Error(`npm run ${script} failed (${status}):\n${log}`)
}

beforeAll(async () => {
  slides = await loadDeck()
  deckTitle = String((await loadSlidevData()).headmatter.title)
  printed = slides.slice(1).filter(s => !/<SourceList\b/.test(s.content))
  logs['export:site'] = inject('siteExportLog')
  await exportTo('export:notes', NOTES)
  handout = await readPdf(HANDOUT)
  notes = await readPdf(NOTES)
  texts = handout.pages
  items = handout.outline
}, 300_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The 1-based page the outline sends a slide to. */
const pageOf = (s: DeckSlide) => items.find(i => squash(i.title) === squash(`${s.no}. ${s.title}`))?.page ?? -1
/** The structure elements of `role` on page `no` of `pdf`. */
const tagged = (pdf: Pdf, no: number, role: string) => pdf.elements[no - 1]?.filter(e => e.role === role) ?? []
/** Footer removed, for checks on the body of a page. */
const body = (page: number) => (texts[page - 1] ?? '').replace(/Page \d+ of \d+/, '')
/** The pages of a printed slide, from its own to the page before the next section, footers (deck title, page number) removed. */
function slidePages(s: DeckSlide): string {
  const next = printed[printed.indexOf(s) + 1]
  const end = next ? pageOf(next) : items.find(i => i.title === 'Sources')!.page
  return Array.from({ length: end - pageOf(s) }, (_, i) => body(pageOf(s) + i).split(deckTitle).join(' ')).join('\n')
}
/** How many words a page has besides its footer (the title and "Page k of n"). */
const bodyWords = (text: string) => words(text).replace(/\bpage \d+ of \d+\b/, '').replace(words(deckTitle), '').split(' ').filter(Boolean).length

describe('the audience edition (handout.pdf)', () => {
  it('reports progress, then the path, pages and size', () => {
    const log = logs['export:site']!
    expect(log).toContain(`slide 1 of ${slides.length}`)
    expect(log).toContain(`slide ${slides.length} of ${slides.length}`)
    expect(log).toMatch(/handout\.pdf: \d+ pages, \d+ bytes/)
  })

  it('is A4 portrait throughout', () => {
    const wrong = handout.pageSizes.map(({ width: w, height: h }, i) => ({ page: i + 1, w, h })).filter(({ w, h }) => Math.abs(w - A4[0]!) > 2 || Math.abs(h - A4[1]!) > 2)
    expect(wrong, 'pages that are not A4 portrait').toEqual([])
  })

  it('is tagged, with its title and language', async () => {
    const data = await loadSlidevData()
    expect(handout.tagged, 'Tagged: yes, with a structure tree').toBe(true)
    expect(handout.title).toBe(`${squash(String(data.headmatter.title))}: handout`)
    expect(handout.lang).toBe(String(data.headmatter.lang ?? 'en'))
  })

  it('has the cover, then each slide from a page of its own, in order, at most two pages each, then the back matter', () => {
    const pages = handout.pages.length
    const starts = printed.map(pageOf)
    expect(starts[0], 'the first slide after the cover').toBe(2)
    const back = items.filter(i => i.page > starts.at(-1)!)
    expect(back.map(i => i.title)).toEqual(['Sources', 'Claims ledger'])
    const ends = [...starts.slice(1), back[0]!.page]
    const long = printed.map((s, i) => ends[i]! - starts[i]! > 2 || ends[i]! <= starts[i]! ? `slide ${s.no}: pages ${starts[i]}–${ends[i]! - 1}` : '').filter(Boolean)
    expect(long, 'slides out of order or longer than two pages').toEqual([])
    // The back matter: the bibliography and the ledger, a few pages, no more.
    expect(pages - back[0]!.page + 1).toBeGreaterThanOrEqual(2)
    expect(pages - back[0]!.page + 1).toBeLessThanOrEqual(10)
  })

  it('opens with a cover that carries the opening slide\'s text, not followed by the cover slide again', async () => {
    // Expected as slides.md has it, not as the export derives it: the headmatter title, and each
    // line of text on the title slide below its heading (markup removed; "source · date" is two).
    const data = await loadSlidevData()
    const lines = data.slides[0]!.content
      .replace(/^#\s.*$/m, '')
      .replace(/<[^>]+>/g, '\n')
      .split(/\n| · /)
      .map(words)
      .filter(Boolean)
    expect(lines.length, 'lines on the title slide besides its heading').toBeGreaterThanOrEqual(2)
    const page1 = words(texts[0]!)
    for (const part of [words(String(data.headmatter.title)), ...lines])
      expect(page1, `cover lacks "${part}"`).toContain(part)
    expect(page1, 'the opening slide\'s notes').toContain(words(audienceNotes(slides[0]!.notes)))
    expect(tagged(handout, 1, 'Figure').filter(f => /^Slide \d+:/.test(f.alt)), 'no slide image on the cover page').toEqual([])
    expect(words(body(2)), 'page 2 is the second slide').toContain(words(slides[1]!.title))
  })

  it('shows every slide as text inside the page\'s slide figure: its title', () => {
    const wrong: string[] = []
    for (const s of printed) {
      const figures = tagged(handout, pageOf(s), 'Figure')
      if (!figures.some(f => words(f.text).includes(words(s.title))))
        wrong.push(`slide ${s.no} "${s.title}" (page ${pageOf(s)}): figure text "${figures[0]?.text.slice(0, 60) ?? '(no figure)'}"`)
    }
    expect(wrong).toEqual([])
  })

  it('keeps the project table a table: every project\'s cell is text in the slide figure', () => {
    const table = printed.find(s => /<ProjectTable\b/.test(s.content))!
    const cells = [...tagged(handout, pageOf(table), 'TH'), ...tagged(handout, pageOf(table), 'TD')].map(c => words(c.text))
    const missing = projects.map(p => p.short).filter(name => !cells.includes(words(name)))
    expect(missing, 'project names not found as table cells').toEqual([])
    const figure = tagged(handout, pageOf(table), 'Figure')[0]!
    expect(words(figure.text)).toContain(words(projects[0]!.short))
  })

  it('prints the essay\'s text for each slide on its page, without stage cues or click marks', () => {
    const wrong = printed
      .filter(s => audienceNotes(s.notes))
      .filter(s => !words(slidePages(s)).includes(words(audienceNotes(s.notes))))
      .map(s => `slide ${s.no} "${s.title}": its notes are not on page ${pageOf(s)}`)
    expect(wrong).toEqual([])
    const all = texts.join(' ')
    expect(all).not.toMatch(/\bCue:/)
    expect(all).not.toMatch(/\[click/i)
    expect(all, 'click marks').not.toMatch(/\bclick\b/i)
  })

  it('lists on each page exactly the sources its slide cites, as rendered by the built deck', async () => {
    const browser: Browser = await connectTestBrowser()
    const server = await serveDist(DIST, '/')
    const wrong: string[] = []
    let cited = 0
    try {
      // Print mode on the play route renders every slide, every click revealed: one load for all.
      const { page, external } = await openGuardedPage(browser)
      await page.goto(`${server.url}1?print`, { waitUntil: 'load' })
      for (const s of printed) {
        await settleSlide(page, s.no, 15_000, 'attached')
        const expected = sourcesFor(await citesOnSlide(page, s.no))
        cited += expected.length
        const text = words(slidePages(s))
        for (const src of expected) {
          if (!text.includes(words(citation(src.key))))
            wrong.push(`slide ${s.no}: "${citation(src.key)}" missing`)
        }
        const listed = (slidePages(s).split(/sources cited on this slide/i)[1]?.match(/\[\d+\]/g) ?? []).length
        if (listed !== expected.length)
          wrong.push(`slide ${s.no}: ${listed} sources listed, ${expected.length} cited`)
      }
      expect(external).toEqual([])
    }
    finally {
      await browser.close()
      await server.close()
    }
    expect(wrong).toEqual([])
    expect(cited, 'no slide cites any source: data-cites missing from the components?').toBeGreaterThan(0)
  })

  it('prints the full bibliography once, at the back, instead of the reference slides', () => {
    const sourcesPage = items.find(i => i.title === 'Sources')!.page
    const back = words(texts.slice(sourcesPage - 1).join(' '))
    // A long URL wraps anywhere, even inside a percent-escape: look for it with the line breaks gone.
    const backUrls = texts.slice(sourcesPage - 1).join('').replace(/\s+/g, '')
    const missing = allSources.filter(s => !back.includes(words(s.title)) || !backUrls.includes(s.url)).map(s => s.title)
    expect(missing, 'sources missing from the bibliography').toEqual([])
    const referenceTitles = slides.filter(s => /<SourceList\b/.test(s.content)).map(s => words(s.title))
    expect(texts.filter(t => referenceTitles.some(r => words(t).includes(r))), 'reference slides printed').toEqual([])
  })

  it('ends with the claims ledger: every checked claim with its verdict', () => {
    const ledgerPage = items.find(i => i.title === 'Claims ledger')!.page
    const ledger = words(texts.slice(ledgerPage - 1).join(' '))
    const missing = claims.filter(c => !ledger.includes(words(c.essay)) || !ledger.includes(words(c.record))).map(c => c.id)
    expect(missing).toEqual([])
  })

  it('numbers every page "Page k of n" and leaves none blank', () => {
    const n = texts.length
    expect(texts.map((t, i) => t.includes(`Page ${i + 1} of ${n}`) ? 0 : i + 1).filter(Boolean), 'pages without their number').toEqual([])
    expect(texts.map((t, i) => bodyWords(t) > 5 ? 0 : i + 1).filter(Boolean), 'near-empty pages').toEqual([])
  })

  it('embeds only the deck\'s own fonts', () => {
    const used = handout.fonts
    expect(used.filter(f => !f.embedded).map(f => f.name), 'fonts not embedded').toEqual([])
    expect(used.filter(f => !/NunitoSans|FiraCode/i.test(f.name) || f.type3).map(f => f.name), 'fallback fonts').toEqual([])
  })
})

describe('npm run export:notes → the speaker edition', () => {
  let notesTexts: string[]
  beforeAll(() => {
    notesTexts = notes.pages
  })

  it('reports progress, then the path, pages and size', () => {
    expect(logs['export:notes']).toContain(`slide ${slides.length} of ${slides.length}`)
    expect(logs['export:notes']).toMatch(/notes\.pdf: \d+ pages, \d+ bytes/)
  })

  it('has every slide, each with a slide image of its own and all its notes, cues included', () => {
    const all = words(notesTexts.join(' '))
    const noClick = (s: string) => s.split(' ').filter(w => w !== 'click').join(' ')
    const missing = slides.filter(s => !noClick(all).includes(noClick(words(s.notes)))).map(s => `slide ${s.no}`)
    expect(missing, 'notes not found').toEqual([])
    expect(notesTexts.join(' ')).toContain('Cue:')
    expect(notesTexts.join(' '), 'click marks').toMatch(/\bclick\b/i)
    let figures = 0
    for (let p = 1; p <= notesTexts.length; p++)
      figures += tagged(notes, p, 'Figure').filter(f => f.text.length > 0).length
    expect(figures, 'one slide figure per slide').toBeGreaterThanOrEqual(slides.length)
    const items = notes.outline
    expect(items.slice(1).map(i => squash(i.title))).toEqual(slides.map(s => squash(`${s.no}. ${s.title}`)))
  })

  it('shows under each slide\'s title its budget and the planned time it starts, in order', () => {
    const timings = slideTimings(slides)
    const all = words(notesTexts.join(' '))
    let from = 0
    const missing: string[] = []
    slides.forEach((s, i) => {
      const line = words(`Slide ${s.no} ${s.title} ${timingLabel(timings[i]!)}`)
      const at = all.indexOf(line, from)
      if (at < 0)
        missing.push(line)
      else
        from = at + line.length
    })
    expect(missing, 'slides whose title is not followed by "budget m:ss · at m:ss"').toEqual([])
  })

  it('is A4, tagged, with its title and language, fonts embedded, no blank page', () => {
    expect(notes.tagged).toBe(true)
    expect(notes.title).toMatch(/: speaker notes$/)
    expect(notes.lang).not.toBe('')
    expect(notes.pageSizes.every(({ width: w, height: h }) => Math.abs(w - A4[0]!) <= 2 && Math.abs(h - A4[1]!) <= 2)).toBe(true)
    expect(notesTexts.filter(t => bodyWords(t) <= 5), 'near-empty pages').toEqual([])
    const used = notes.fonts
    expect(used.filter(f => !f.embedded || !/NunitoSans|FiraCode/i.test(f.name) || f.type3).map(f => f.name)).toEqual([])
  })
})
