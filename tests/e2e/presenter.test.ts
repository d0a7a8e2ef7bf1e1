// Presenter mode in the hosted build: the speaker's window shows the current slide, the next one,
// the current slide's notes and a timer, and the notes read at arm's length. The whole talk is
// walked on the build in present.test.ts (`npm run present` serves the build); pace on the build,
// with a controlled clock, pace.test.ts; presenter mode on the dev server, dev-server.test.ts.
import type { Browser } from 'playwright-chromium'
import type { StaticServer } from '../../lib/serve.ts'
import type { DeckSlide } from '../support/deck.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDist } from '../../lib/serve.ts'
import { connectTestBrowser, openGuardedPage } from '../support/browser.ts'
import { loadDeck } from '../support/deck.ts'
import { axeViolations, settleSlide } from '../support/gates.ts'
import { DIST } from '../support/global-setup.ts'
import { checkPresenterView } from '../support/presenter-view.ts'

let browser: Browser
let slides: DeckSlide[]

beforeAll(async () => {
  browser = await connectTestBrowser()
  slides = await loadDeck()
})
afterAll(async () => {
  await browser?.close()
})

describe('presenter mode (/presenter) in the built deck', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await serveDist(DIST, '/')
  })
  afterAll(async () => {
    await server?.close()
  })

  it('shows the current slide, the next slide, the notes and a working timer', () => checkPresenterView(browser, slides, server.url))

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
