// Presenter mode, in the hosted build and on the dev server a speaker runs (`npm run dev`): the
// speaker's window shows the current slide, the next one, the current slide's notes and a timer;
// and the audience's window, open on the same deck in the same browser, follows every step the
// speaker takes, slide by slide and click by click.
//
// How the walk steps, and why it waits for both windows to be still: tests/support/presenter-walk.ts.
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openGuardedPage } from '../support/browser.ts'
import { type DeckSlide, loadDeck, squash } from '../support/deck.ts'
import { settleSlide } from '../support/gates.ts'
import { startDevServer } from '../support/dev-server.ts'
import { DIST } from '../support/global-setup.ts'
import { walkInStep, words } from '../support/presenter-walk.ts'
import { skippedSteps, slideOrder, stepAt } from '../support/steps.ts'
import { serveDist, type StaticServer } from '../../scripts/serve.ts'

let browser: Browser
let slides: DeckSlide[]

beforeAll(async () => {
  browser = await launchChromium()
  slides = await loadDeck()
})
afterAll(async () => {
  await browser?.close()
})

function visibleSlideText(page: Page, scope: string, no: number): Promise<string | undefined> {
  return page.evaluate(({ scope, no }) => [...document.querySelectorAll<HTMLElement>(`${scope} .slidev-page-${no}`)]
    .find(e => e.checkVisibility())?.innerText, { scope, no })
}

describe.each([
  { name: 'the built deck', start: () => serveDist(DIST, '/'), stepMs: 5_000 },
  // The dev server relays every step through itself, and may still be compiling slides when the walk starts.
  { name: 'the dev server (npm run dev)', start: () => startDevServer(), stepMs: 20_000 },
])('presenter mode (/presenter) in $name', ({ start, stepMs }) => {
  let server: StaticServer
  beforeAll(async () => {
    server = await start()
  }, 120_000)
  afterAll(async () => {
    await server?.close()
  })

  it('shows the current slide, the next slide, the notes and a working timer', async () => {
    const { page, context, external, errors } = await openGuardedPage(browser)
    try {
      await page.goto(`${server.url}presenter/1`, { waitUntil: 'load' })
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
      // Start it: the play control appears on hover. After a second and a bit it reads 0:01 or more.
      await timer.hover()
      await page.locator('.grid-section.bottom .i-carbon\\:play').first().click()
      await page.waitForTimeout(1300)
      expect(squash(await timer.innerText())).toMatch(/^\d+:(0[1-9]|[1-5]\d)$/)

      expect(external).toEqual([])
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
    }
  })

  it('moves the audience window with every step of a full walk (every slide, every click)', async () => {
    const { page: audience, context, external, errors } = await openGuardedPage(browser)
    try {
      await audience.goto(`${server.url}1`, { waitUntil: 'load' })
      await settleSlide(audience, 1)
      const presenter = await context.newPage()
      await presenter.goto(`${server.url}presenter/1`, { waitUntil: 'load' })
      await settleSlide(presenter, 1)

      const { walk, mismatches, notesWrong, reloads } = await walkInStep(presenter, audience, slides, stepMs)
      const n = slides.length

      expect(mismatches, 'steps where the audience did not follow').toEqual([])
      // Every slide was reached, in order, each entered at click 0 and left after its last click.
      expect(slideOrder(walk), 'slides reached by ArrowRight in the presenter').toEqual(slides.map(s => s.no))
      expect(skippedSteps(walk), 'steps that skipped a click or a slide').toEqual([])
      expect(stepAt(presenter.url()).no).toBe(n)
      expect(notesWrong).toEqual([])
      expect(reloads, 'page reloads during the walk').toBe(0)
      expect(external).toEqual([])
      expect(errors).toEqual([])
      console.log(`presenter walk (${server.url}): ${n} slides, ${walk.length - 1} steps (${walk.length - 1 - (n - 1)} clicks), audience in sync`)
    }
    finally {
      await context.close()
    }
  })
})
