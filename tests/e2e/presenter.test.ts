// Presenter mode, in the hosted build and on the dev server a speaker runs (`npm run dev`): the
// speaker's window shows the current slide, the next one, the current slide's notes and a timer;
// and the audience's window, open on the same deck in the same browser, follows every step the
// speaker takes, slide by slide and click by click.
//
// The two carry steps differently. The build syncs windows over a BroadcastChannel; the dev server
// relays every step through itself (Slidev's server-ref state), and an audience window on a
// trusted host (localhost) sends its own position back. A step taken before that echo has landed
// can leave the audience a step behind (seen with presses 20 ms apart; README, "Giving the
// talk"), so the walk steps as a speaker does: once the audience has arrived and both windows
// have been still for STILL_MS. With no pause at all, this walk fails within three steps.
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openGuardedPage } from '../support/browser.ts'
import { type DeckSlide, loadDeck, squash } from '../support/deck.ts'
import { settleSlide } from '../support/gates.ts'
import { startDevServer } from '../support/dev-server.ts'
import { DIST } from '../support/global-setup.ts'
import { label, skippedSteps, slideOrder, type Step, stepAt } from '../support/steps.ts'
import { serveDist, type StaticServer } from '../../scripts/serve.ts'

/** Words only, without Slidev's click markers: how notes compare across markdown rendering. */
const words = (s: string) => (s.replace(/\[click(?::\d+)?\]/gi, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  .filter(w => w !== 'click')
  .join(' ')

/** How long both windows must stay on the same step before the speaker takes the next one. */
const STILL_MS = 300

let browser: Browser
let slides: DeckSlide[]

beforeAll(async () => {
  browser = await launchChromium()
  slides = await loadDeck()
})
afterAll(async () => {
  await browser?.close()
})

/** How many click-revealed elements are shown on slide `no` inside `scope`: the click state as the viewer sees it. */
function revealed(page: Page, scope: string, no: number): Promise<number> {
  return page.evaluate(({ scope, no }) => {
    const slide = [...document.querySelectorAll<HTMLElement>(`${scope} .slidev-page-${no}`)].find(e => e.checkVisibility())
    if (!slide)
      return -1
    return slide.querySelectorAll('.slidev-vclick-target:not(.slidev-vclick-hidden)').length
  }, { scope, no })
}

/** Where a window is in the talk. */
const at = (page: Page) => label(stepAt(page.url()))

/**
 * Waits until both windows show step `want` and neither has moved for STILL_MS. Resolves to
 * undefined then, or to where the two windows stand when `timeout` runs out.
 */
async function bothStillAt(presenter: Page, audience: Page, want: string, timeout: number): Promise<string | undefined> {
  const deadline = Date.now() + timeout
  let last = ''
  let since = Date.now()
  while (Date.now() < deadline) {
    const now = `${at(presenter)} ${at(audience)}`
    if (now !== last) {
      last = now
      since = Date.now()
    }
    else if (now === `${want} ${want}` && Date.now() - since >= STILL_MS) {
      return undefined
    }
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  return `presenter at ${at(presenter)}, audience at ${at(audience)}`
}

function visibleSlideText(page: Page, scope: string, no: number): Promise<string | undefined> {
  return page.evaluate(({ scope, no }) => [...document.querySelectorAll<HTMLElement>(`${scope} .slidev-page-${no}`)]
    .find(e => e.checkVisibility())?.innerText, { scope, no })
}

describe.each([
  { name: 'the built deck', start: () => serveDist(DIST, '/'), stepMs: 5_000 },
  // The dev server compiles each slide on its first visit: the first step onto a slide is slower.
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

      // A reload mid-talk would show the audience a blank window and drop the click state.
      let reloads = 0
      audience.on('load', () => reloads++)
      presenter.on('load', () => reloads++)
      const atEnd = async () => (await presenter.locator('.grid-section.next').innerText()).includes('End of the presentation')

      const mismatches: string[] = []
      const walk: Step[] = [stepAt(presenter.url())]
      const notesWrong: string[] = []
      const n = slides.length
      while (!await atEnd() && walk.length < 1000) {
        const before = presenter.url()
        await presenter.keyboard.press('ArrowRight')
        const moved = await presenter.waitForFunction(prev => location.href !== prev, before, { timeout: stepMs, polling: 50 }).then(() => true, () => false)
        if (!moved) {
          mismatches.push(`ArrowRight did not move the presenter from ${at(presenter)}`)
          break
        }
        const step = stepAt(presenter.url())
        walk.push(step)
        const apart = await bothStillAt(presenter, audience, label(step), stepMs)
        if (apart) {
          mismatches.push(`after the step to ${label(step)}: ${apart}`)
          break // the windows no longer agree on where the talk is: later steps would only repeat this
        }
        // Compare what is revealed (classes, not pixels: the audience page is in the background,
        // where fades do not run). Give the audience a moment to apply the state it received.
        let shownPresenter = -1
        let shownAudience = -2
        for (let tries = 0; tries < 20 && shownAudience !== shownPresenter; tries++) {
          if (tries)
            await audience.waitForTimeout(50)
          shownPresenter = await revealed(presenter, '.grid-section.main', step.no)
          shownAudience = await revealed(audience, '#slide-content', step.no)
        }
        if (shownPresenter < 0)
          mismatches.push(`slide ${step.no} click ${step.clicks}: the presenter does not show slide ${step.no}`)
        else if (shownAudience !== shownPresenter)
          mismatches.push(`slide ${step.no} click ${step.clicks}: audience shows ${shownAudience} revealed elements, presenter ${shownPresenter}`)
        if (step.clicks === 0) {
          const want = slides[step.no - 1]
          const notes = await presenter.locator('.grid-section.note .slidev-note').first().innerText()
          if (want && words(notes) !== words(want.notes))
            notesWrong.push(`slide ${step.no}: presenter notes differ from slides.md`)
        }
      }

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
