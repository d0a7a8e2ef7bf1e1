// Presenter mode on the dev server a speaker runs (`npm run dev`), which relays every step through
// itself: the speaker's window shows the current slide, the next one, the notes and a timer; the
// audience's window, open on the same deck in the same browser, follows every step the speaker
// takes through the opening slides, slide by slide and click by click; the pace display runs in
// real time. One dev server serves the whole file: starting one costs seconds.
//
// How the walk steps, and why it waits for both windows to be still: tests/support/presenter-walk.ts.
import type { Browser } from 'playwright-chromium'
import type { StaticServer } from '../../lib/serve.ts'
import type { DeckSlide } from '../support/deck.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectTestBrowser, openGuardedPage, requestedPaths } from '../support/browser.ts'
import { loadDeck, squash } from '../support/deck.ts'
import { startDevServer } from '../support/dev-server.ts'
import { settleSlide } from '../support/gates.ts'
import { budgetOf, readPace, timerControl } from '../support/pace.ts'
import { checkPresenterView } from '../support/presenter-view.ts'
import { STILL_MS, viewerReports, walkInStep } from '../support/presenter-walk.ts'
import { skippedSteps, slideOrder, stepAt } from '../support/steps.ts'

let browser: Browser
let slides: DeckSlide[]

beforeAll(async () => {
  browser = await connectTestBrowser()
  slides = await loadDeck()
})
afterAll(async () => {
  await browser?.close()
})

describe('presenter mode (/presenter) on the dev server (npm run dev)', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await startDevServer()
  }, 120_000)
  afterAll(async () => {
    await server?.close()
  })

  // First, on a fresh server: the timer's state is shared through the dev server, and the next test starts it.
  it('shows the pace in real time: time on the slide against its budget, the talk\'s pace, the rehearsal in progress', async () => {
    const { page: audience, context, external, errors } = await openGuardedPage(browser)
    try {
      await audience.goto(`${server.url}1`, { waitUntil: 'load' })
      await settleSlide(audience, 1, 60_000)
      const presenter = await context.newPage()
      const reports = viewerReports(presenter)
      await presenter.goto(`${server.url}presenter/1`, { waitUntil: 'load' })
      await settleSlide(presenter, 1, 60_000)
      expect(await readPace(presenter)).toMatchObject({ slide: `-:-- / ${budgetOf(slides, 1)}`, talk: 'timer not started' })
      await timerControl(presenter, 'play')
      const reported = reports()
      await presenter.keyboard.press('ArrowDown')
      await settleSlide(presenter, 2, 60_000)
      await settleSlide(audience, 2, 60_000)
      // The audience's report of its arrival carries the whole shared state, the timer's too: one
      // that reached the server after the reset below would start the timer again
      // (tests/support/presenter-walk.ts).
      await expect.poll(reports, { timeout: 20_000 }).toBeGreaterThan(reported)
      // Some seconds on slide 2 (real time: the dev server syncs windows through timers of its own).
      // (How many depends on how long Vite took to compile slide 2 on its first visit.)
      const seconds = (text: string) => {
        const m = text.match(/^(\d+):(\d\d) \//)
        return m ? Number(m[1]) * 60 + Number(m[2]) : -1
      }
      await expect.poll(async () => seconds((await readPace(presenter)).slide), { timeout: 10_000 }).toBeGreaterThanOrEqual(2)
      expect((await readPace(presenter)).slide).toMatch(new RegExp(`^\\d+:\\d\\d / ${budgetOf(slides, 2)}( over)?$`))
      expect((await readPace(presenter)).talk).toMatch(/^(\+\d+:\d\d behind|\d+:\d\d ahead|on time)$/)
      await presenter.locator('.rehearsal-log button[title="Rehearsal log"]').click()
      expect(squash(await presenter.locator('.rehearsal-log__run').first().innerText())).toContain('(in progress)')
      await timerControl(presenter, 'renew')
      expect(await readPace(presenter)).toMatchObject({ slide: `-:-- / ${budgetOf(slides, 2)}`, talk: 'timer not started' })
      expect(await audience.locator('.presenter-pace, .rehearsal-log').count()).toBe(0)
      expect(external).toEqual([])
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
    }
  })

  it('shows the current slide, the next slide, the notes and a working timer', () => checkPresenterView(browser, slides, server.url))

  // The dev server may still be compiling slides when the walk starts: each step gets 20 s. The
  // walk covers the opening: every click of slides 1 to 4, then slide 5 (slide changes, reveals,
  // a slide loaded only when the talk reaches it); the whole deck is walked on the build
  // (present.test.ts).
  it('moves the audience window with every step of the opening slides (every click)', async () => {
    const { page: audience, context, external, errors } = await openGuardedPage(browser)
    try {
      await audience.goto(`${server.url}1`, { waitUntil: 'load' })
      await settleSlide(audience, 1)
      const presenter = await context.newPage()
      const reports = viewerReports(presenter)
      await presenter.goto(`${server.url}presenter/1`, { waitUntil: 'load' })
      await settleSlide(presenter, 1)

      const n = 5
      const { walk, mismatches, notesWrong, reloads } = await walkInStep(presenter, audience, slides, 20_000, STILL_MS.devServer, reports, n)

      expect(mismatches, 'steps where the audience did not follow').toEqual([])
      // Each slide was reached, in order, entered at click 0 and left after its last click.
      expect(slideOrder(walk), 'slides reached by ArrowRight in the presenter').toEqual(slides.slice(0, n).map(s => s.no))
      expect(skippedSteps(walk), 'steps that skipped a click or a slide').toEqual([])
      expect(stepAt(presenter.url()).no).toBe(n)
      expect(notesWrong).toEqual([])
      expect(reloads, 'page reloads during the walk').toBe(0)
      expect(external).toEqual([])
      expect(errors).toEqual([])
      console.log(`presenter walk (${server.url}): slides 1 to ${n}, ${walk.length - 1} steps (${walk.length - 1 - (n - 1)} clicks), audience in sync`)
    }
    finally {
      await context.close()
    }
  })

  it('loads none of the libraries the deck leaves out (vite/first-load.ts), as the build does', async () => {
    const { page, context } = await openGuardedPage(browser)
    try {
      const requested = requestedPaths(page)
      await page.goto(`${server.url}1`, { waitUntil: 'load' })
      await settleSlide(page, 1)
      expect(requested.length).toBeGreaterThan(50) // the dev server sends modules one by one
      expect(requested.filter(path => /\/(?:roughjs|@slidev\/rough-notation|@vueuse\/motion|popmotion|yaml)\//.test(path))).toEqual([])
    }
    finally {
      await context.close()
    }
  })

  // With `--remote` the dev server is on the room's network; this endpoint edits slides.md.
  it('refuses Slidev\'s MCP endpoint, with which any client could rewrite the slides', async () => {
    const res = await fetch(`${server.url}__mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept': 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    })
    expect(res.status).toBe(403)
  })
})
