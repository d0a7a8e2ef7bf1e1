// Presenter mode, in the hosted build and on the dev server a speaker runs (`npm run dev`): the
// speaker's window shows the current slide, the next one, the current slide's notes and a timer.
// On the dev server, which relays every step through itself, the audience's window, open on the
// same deck in the same browser, follows every step the speaker takes through the opening slides,
// slide by slide and click by click, and the pace display runs in real time. The whole talk is
// walked on the build in present.test.ts (`npm run present` serves the build); pace on the build,
// with a controlled clock, pace.test.ts.
// One dev server serves all of this file's dev tests: starting one costs seconds.
//
// How the walk steps, and why it waits for both windows to be still: tests/support/presenter-walk.ts.
import type { Browser, Page } from 'playwright-chromium'
import type { StaticServer } from '../../lib/serve.ts'
import type { DeckSlide } from '../support/deck.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDist } from '../../lib/serve.ts'
import { connectTestBrowser, openGuardedPage, requestedPaths } from '../support/browser.ts'
import { loadDeck, squash } from '../support/deck.ts'
import { startDevServer } from '../support/dev-server.ts'
import { axeViolations, settleSlide } from '../support/gates.ts'
import { DIST } from '../support/global-setup.ts'
import { budgetOf, readPace, timerControl } from '../support/pace.ts'
import { STILL_MS, viewerReports, walkInStep, words } from '../support/presenter-walk.ts'
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

function visibleSlideText(page: Page, scope: string, no: number): Promise<string | undefined> {
  return page.evaluate(({ scope, no }) => [...document.querySelectorAll<HTMLElement>(`${scope} .slidev-page-${no}`)]
    .find(e => e.checkVisibility())
    ?.innerText, { scope, no })
}

/** The presenter's window on slide 1: current slide, next-slide preview, notes and a timer that runs. */
async function checkPresenterView(url: string) {
  const { page, context, external, errors } = await openGuardedPage(browser)
  try {
    await page.goto(`${url}presenter/1`, { waitUntil: 'load' })
    await settleSlide(page, 1)
    const first = slides[0]!
    const current = await visibleSlideText(page, '.grid-section.main', 1)
    expect(squash(current ?? ''), 'current slide').toContain(squash(first.title))

    // Slidev previews the current slide's next click while it has one, else the next slide.
    // Slide 1, the cover, reveals nothing on click, so the preview is slide 2.
    expect(first.content, 'slide 1 has no click to reveal').not.toMatch(/v-click|v-after|v-switch|\[click/i)
    const nextNos = await page.evaluate(() => [...document.querySelectorAll('.grid-section.next [class*="slidev-page-"]')]
      .map(e => Number(e.className.match(/slidev-page-(\d+)/)?.[1])))
    expect(nextNos, 'slides in the next-slide preview').toEqual([2])

    const notes = await page.locator('.grid-section.note .slidev-note').first().innerText()
    expect(words(notes), 'notes of slide 1').toBe(words(first.notes))

    const timer = page.locator('.grid-section.bottom .font-mono').first()
    await expect.poll(() => timer.isVisible()).toBe(true)
    expect(squash(await timer.innerText())).toMatch(/^(-:--|\d+:\d{2})$/)
    // Start it with the Start button, in sight (not only on hover): it runs, as a speaker sees by a
    // glance at it a second or two later.
    const start = page.locator('.presenter-pace .pace-start')
    if (await start.count()) {
      expect(await start.isVisible()).toBe(true)
      await start.click()
    }
    await expect.poll(async () => squash(await timer.innerText()), { timeout: 5_000 }).toMatch(/^\d+:(0[1-9]|[1-5]\d)$/)
    await expect.poll(() => start.count()).toBe(0)

    expect(external).toEqual([])
    expect(errors).toEqual([])
  }
  finally {
    await context.close()
  }
}

describe('presenter mode (/presenter) in the built deck', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await serveDist(DIST, '/')
  })
  afterAll(async () => {
    await server?.close()
  })

  it('shows the current slide, the next slide, the notes and a working timer', () => checkPresenterView(server.url))

  it.each([[1920, 1080], [1440, 900]])('at %i × %i, shows notes a speaker reads at arm\'s length: the height of the window, 15 lines or more, at 18 px or more, every part at 4.5:1 contrast or more', async (width, height) => {
    const { page, context, errors } = await openGuardedPage(browser)
    try {
      await page.setViewportSize({ width, height })
      const long = slides.reduce((a, b) => (b.notes.length > a.notes.length ? b : a))
      await page.goto(`${server.url}presenter/${long.no}`, { waitUntil: 'load' })
      await settleSlide(page, long.no, 15_000, 'attached')
      const pane = await page.evaluate(() => {
        const note = document.querySelector<HTMLElement>('.grid-section.note .slidev-note')!
        const line = getComputedStyle(note.querySelector('p') ?? note)
        const box = note.getBoundingClientRect()
        return { px: Number.parseFloat(line.fontSize), lines: box.height / Number.parseFloat(line.lineHeight), top: box.top, bottom: box.bottom, height: window.innerHeight }
      })
      expect(pane.px, 'notes text size').toBeGreaterThanOrEqual(18)
      expect(pane.lines, 'lines of notes in view').toBeGreaterThanOrEqual(15)
      expect(pane.top, 'the notes start at the top of the window').toBeLessThan(60)
      expect(pane.bottom, 'and run to its bottom bar').toBeGreaterThan(pane.height - 140)
      // The current slide and the next step beside them, and the timer under them.
      for (const section of ['.grid-section.main', '.grid-section.next', '.grid-section.bottom .font-mono'])
        expect(await page.locator(section).first().isVisible(), section).toBe(true)
      // Every part of the notes readable, the parts before and after the current click too, in both schemes.
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark')
        expect(await page.locator('.grid-section.note .slidev-note-fade').count(), 'notes with parts faded').toBeGreaterThan(0)
        expect(await axeViolations(page, '.grid-section.note', { rules: ['color-contrast'] }), scheme).toEqual([])
      }
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
    }
  })
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
      await presenter.goto(`${server.url}presenter/1`, { waitUntil: 'load' })
      await settleSlide(presenter, 1, 60_000)
      expect(await readPace(presenter)).toMatchObject({ slide: `-:-- / ${budgetOf(slides, 1)}`, talk: 'timer not started' })
      await timerControl(presenter, 'play')
      await presenter.keyboard.press('ArrowDown')
      await settleSlide(presenter, 2, 60_000)
      await settleSlide(audience, 2, 60_000)
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

  it('shows the current slide, the next slide, the notes and a working timer', () => checkPresenterView(server.url))

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
