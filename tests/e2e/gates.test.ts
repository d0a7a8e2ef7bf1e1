// Gates every slide must pass in the hosted build before the talk: each slide in its final click
// state, in the light and in the dark colour scheme, renders with its title, fits its 980x552 box
// (nothing scrolls, nothing pokes out), has no serious or critical axe-core violation, logs no
// console error and requests nothing outside loopback (so the deck at the root works offline; the
// subpath build is walked offline in offline.test.ts). And the deck works from the keyboard and in
// the overview.
// And it is readable from the back row: each text's size and each slide's prose measured against
// the type scale and density rules (tests/support/typography.ts).
// Failures name the slide and the element or rule, so whoever owns the slide can fix it; the gates
// themselves are not loosened to let a slide through.
import type { Browser } from 'playwright-chromium'
import type { StaticServer } from '../../lib/serve.ts'
import type { DeckSlide } from '../support/deck.ts'
import type { Step } from '../support/steps.ts'
import type { Kind, Measure } from '../support/typography.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDist } from '../../lib/serve.ts'
import { connectTestBrowser, openGuardedPage } from '../support/browser.ts'
import { asTyped, loadDeck, squash } from '../support/deck.ts'
import { axeFindings, openSlideFinal, overflowFindings, settleSlide } from '../support/gates.ts'
import { DIST } from '../support/global-setup.ts'
import { skippedSteps, slideOrder, stepAt } from '../support/steps.ts'
import { measureSlide, NOT_CONTENT, NOT_PROSE, RULES } from '../support/typography.ts'

let browser: Browser
let server: StaticServer
let slides: DeckSlide[]

beforeAll(async () => {
  browser = await connectTestBrowser()
  slides = await loadDeck()
  server = await serveDist(DIST, '/')
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

type Scheme = 'light' | 'dark'
const walks = new Map<Scheme, Promise<Findings>>()

interface Findings { overflow: string[], axe: string[], errors: string[], external: string[], scheme: string[], untitled: string[], walked: number, measures: Map<number, Measure> }

/** Every slide in its final state in one colour scheme, each gate's findings collected. */
async function walkScheme(scheme: Scheme): Promise<Findings> {
  const found: Findings = { overflow: [], axe: [], errors: [], external: [], scheme: [], untitled: [], walked: 0, measures: new Map() }
  const { page, context, external, errors } = await openGuardedPage(browser, { colorScheme: scheme })
  try {
    for (const slide of slides) {
      const before = errors.length
      await openSlideFinal(page, server.url, slide.no)
      if (await page.evaluate(() => document.documentElement.classList.contains('dark')) !== (scheme === 'dark'))
        found.scheme.push(`slide ${slide.no}: rendered in the wrong colour scheme`)
      const text = asTyped(await page.locator(`.slidev-page-${slide.no}`).first().innerText())
      if (!text.includes(squash(slide.title)))
        found.untitled.push(`slide ${slide.no} "${slide.title}": shows "${text.slice(0, 80)}"`)
      found.overflow.push(...await overflowFindings(page, slide.no))
      found.axe.push(...await axeFindings(page, slide.no))
      found.measures.set(slide.no, await measureSlide(page, slide.no))
      found.errors.push(...errors.slice(before).map(e => `slide ${slide.no}: ${e}`))
      found.walked++
    }
    found.external.push(...external)
  }
  finally {
    await context.close()
  }
  return found
}

describe.each(['light', 'dark'] as const)('every slide in its final state, %s scheme', (scheme) => {
  let found: Findings

  beforeAll(async () => {
    // Both schemes are walked side by side (Chromium renders each on a core of its own); each
    // scheme's tests wait for their own walk.
    if (walks.size === 0) {
      for (const s of ['light', 'dark'] as const) {
        const walk = walkScheme(s)
        walk.catch(() => {}) // reported by that scheme's own tests, not as an unhandled rejection
        walks.set(s, walk)
      }
    }
    found = await walks.get(scheme)!
  }, 150_000)

  it('renders every slide, with its title, in this scheme', () => {
    expect(found.walked).toBe(slides.length)
    expect(found.untitled, 'slides that did not render their title').toEqual([])
    expect(found.scheme).toEqual([])
  })

  it('has no overflow: nothing scrolls, nothing lies outside the slide', () => {
    expect(found.overflow).toEqual([])
  })

  it('has no serious or critical axe-core violation', () => {
    expect(found.axe).toEqual([])
  })

  it('logs no console error', () => {
    expect(found.errors).toEqual([])
  })

  it('requests nothing outside loopback', () => {
    expect(found.external).toEqual([])
  })

  // Readable from the back row: type scale and density (tests/support/typography.ts).
  const where = (no: number) => `slide ${no} (${scheme}, ${found.measures.get(no)?.layout})`
  const quote = (t: string, max = 60) => `"${t.length > max ? `${t.slice(0, max - 3)}…` : t}"`
  const isContent = (m: Measure) => !NOT_CONTENT.includes(m.layout)

  it('measures type and density on every slide', () => {
    // One line per slide for the closing note of a change: layout, prose words, smallest size per kind.
    const lines = [...found.measures].map(([no, m]) => {
      const prose = m.runs.filter(r => !NOT_PROSE.includes(r.kind))
      const words = prose.reduce((n, r) => n + r.words, 0)
      const large = prose.filter(r => r.px >= RULES.mostProse).reduce((n, r) => n + r.words, 0)
      const mins = (['body', 'label', 'fine', 'title', 'table', 'chart', 'cite'] as const)
        .map((k) => {
          const sizes = m.runs.filter(r => r.kind === k).map(r => r.px)
          return sizes.length ? `${k} ≥ ${Math.min(...sizes)}` : ''
        })
        .filter(Boolean)
        .join(', ')
      return `${String(no).padStart(2)} ${m.layout.padEnd(10)} ${String(words).padStart(3)} words of prose, ${String(large).padStart(3)} at ≥ ${RULES.mostProse}px · ${mins}${m.tables.length ? ` · rows ${m.tables.map(t => t.rows).join('/')}` : ''}`
    })
    console.info(`typography, ${scheme}:\n${lines.join('\n')}`)
    expect(found.measures.size).toBe(slides.length)
    // A slide with no text at all would pass every rule below without being looked at.
    expect([...found.measures].filter(([, m]) => m.runs.length === 0).map(([no]) => where(no))).toEqual([])
  })

  it('sets nothing below 12 px, and each kind of text at its own minimum', () => {
    const min: Record<Kind, number> = { title: RULES.title, table: RULES.table, chart: RULES.chart, cite: RULES.cite, fine: RULES.fine, label: RULES.label, body: RULES.anywhere }
    const small: string[] = []
    for (const [no, m] of found.measures) {
      for (const r of m.runs) {
        const floor = r.kind === 'body' && isContent(m) ? RULES.body : Math.max(min[r.kind], RULES.anywhere)
        if (r.px < floor)
          small.push(`${where(no)}: ${r.kind} text at ${r.px}px < ${floor}px: ${quote(r.text)}`)
      }
    }
    expect(small).toEqual([])
  })

  it('keeps prose (all but the title, table cells, chart labels and short citations) to at most 60 words per content slide, three quarters of it at 18 px or more', () => {
    const dense: string[] = []
    for (const [no, m] of found.measures) {
      if (!isContent(m))
        continue
      const prose = m.runs.filter(r => !NOT_PROSE.includes(r.kind))
      const words = prose.reduce((n, r) => n + r.words, 0)
      const large = prose.filter(r => r.px >= RULES.mostProse).reduce((n, r) => n + r.words, 0)
      if (words > RULES.proseWords)
        dense.push(`${where(no)}: ${words} words of prose > ${RULES.proseWords}, from ${quote(prose.map(r => r.text).join(' '), 240)}`)
      if (words > 0 && large / words < RULES.mostShare)
        dense.push(`${where(no)}: only ${large} of ${words} prose words at ≥ ${RULES.mostProse}px; smaller: ${quote(prose.filter(r => r.px < RULES.mostProse).map(r => r.text).join(' '), 240)}`)
    }
    expect(dense).toEqual([])
  })

  it('shows at most 8 table rows at once, or reveals them one click at a time', () => {
    const long = [...found.measures].flatMap(([no, m]) => m.tables
      .filter(t => t.rows > RULES.tableRows && !t.revealed)
      .map(t => `${where(no)}: a table of ${t.rows} rows shown at once`))
    expect(long).toEqual([])
  })
})

describe('navigation', () => {
  it('arrowRight walks from the first slide to the last, through every click', async () => {
    const { page, context, errors } = await openGuardedPage(browser)
    try {
      await page.goto(`${server.url}1`, { waitUntil: 'load' })
      await settleSlide(page, 1)
      const steps: Step[] = [stepAt(page.url())]
      for (let i = 0; i < 1000; i++) {
        const before = page.url()
        await page.keyboard.press('ArrowRight')
        const moved = await page.waitForFunction(prev => location.href !== prev, before, { timeout: 2000, polling: 50 }).then(() => true, () => false)
        if (!moved)
          break
        steps.push(stepAt(page.url()))
      }
      expect(slideOrder(steps), 'slides in the order ArrowRight reached them').toEqual(slides.map(s => s.no))
      expect(skippedSteps(steps), 'steps that skipped a click or a slide').toEqual([])
      // The last slide is on screen, with its title, at the end of the walk.
      const last = slides.at(-1)!
      await settleSlide(page, last.no)
      expect(asTyped(await page.locator(`.slidev-page-${last.no}`).first().innerText())).toContain(squash(last.title))
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
    }
  })

  it('/overview lists every slide', async () => {
    const { page, context, errors } = await openGuardedPage(browser)
    try {
      await page.goto(`${server.url}overview`, { waitUntil: 'networkidle' })
      const blocks = page.locator('.overview-slide-block')
      await blocks.first().waitFor({ state: 'visible', timeout: 15_000 })
      expect(await blocks.count()).toBe(slides.length)
      const navText = squash(await page.locator('nav').first().textContent() ?? '')
      const missing = slides.filter(s => !navText.includes(squash(s.title))).map(s => `${s.no} ${s.title}`)
      expect(missing, 'slide titles missing from the overview').toEqual([])
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
    }
  })
})
