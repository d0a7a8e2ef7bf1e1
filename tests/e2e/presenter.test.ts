// Presenter mode in the hosted build: the speaker's window shows the current slide, the next one,
// the current slide's notes and a timer; and the audience's window, open on the same deck in the
// same browser, follows every step the speaker takes, slide by slide and click by click.
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openGuardedPage } from '../support/browser.ts'
import { type DeckSlide, loadDeck, squash } from '../support/deck.ts'
import { settleSlide } from '../support/gates.ts'
import { DIST } from '../support/global-setup.ts'
import { serveDist, type StaticServer } from '../../scripts/serve.ts'

/** Words only, without Slidev's click markers: how notes compare across markdown rendering. */
const words = (s: string) => (s.replace(/\[click(?::\d+)?\]/gi, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  .filter(w => w !== 'click')
  .join(' ')

let browser: Browser
let server: StaticServer
let slides: DeckSlide[]

beforeAll(async () => {
  browser = await launchChromium()
  slides = await loadDeck()
  server = await serveDist(DIST, '/')
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Slide number and clicks a window is on, from its URL (/N or /presenter/N, ?clicks=k). */
function position(page: Page): { no: number, clicks: number } {
  const url = new URL(page.url())
  const no = Number(url.pathname.match(/(\d+)\/?$/)?.[1] ?? Number.NaN)
  return { no, clicks: Number(url.searchParams.get('clicks') ?? 0) }
}

/** How many click-revealed elements are shown on slide `no` inside `scope`: the click state as the viewer sees it. */
function revealed(page: Page, scope: string, no: number): Promise<number> {
  return page.evaluate(({ scope, no }) => {
    const slide = [...document.querySelectorAll<HTMLElement>(`${scope} .slidev-page-${no}`)].find(e => e.checkVisibility())
    if (!slide)
      return -1
    return slide.querySelectorAll('.slidev-vclick-target:not(.slidev-vclick-hidden)').length
  }, { scope, no })
}

function visibleSlideText(page: Page, scope: string, no: number): Promise<string | undefined> {
  return page.evaluate(({ scope, no }) => [...document.querySelectorAll<HTMLElement>(`${scope} .slidev-page-${no}`)]
    .find(e => e.checkVisibility())?.innerText, { scope, no })
}

describe('presenter mode (/presenter) in the built deck', () => {
  it('shows the current slide, the next slide, the notes and a working timer', async () => {
    const { page, context, external, errors } = await openGuardedPage(browser)
    try {
      await page.goto(`${server.url}presenter/1`, { waitUntil: 'load' })
      await settleSlide(page, 1)
      const first = slides[0]!
      const current = await visibleSlideText(page, '.grid-section.main', 1)
      expect(squash(current ?? ''), 'current slide').toContain(squash(first.title))

      // Slide 1 has no clicks in this deck's cover; either way the preview is slide 1's next click or slide 2.
      const nextNos = await page.evaluate(() => [...document.querySelectorAll('.grid-section.next [class*="slidev-page-"]')]
        .map(e => Number(e.className.match(/slidev-page-(\d+)/)?.[1])))
      expect(nextNos.length, 'a next-slide preview').toBeGreaterThan(0)
      expect([1, 2]).toContain(nextNos[0])

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

      const mismatches: string[] = []
      const visited: string[] = []
      const notesWrong: string[] = []
      const n = slides.length
      for (let step = 0; step < 1000; step++) {
        const before = presenter.url()
        await presenter.keyboard.press('ArrowRight')
        const moved = await presenter.waitForFunction(prev => location.href !== prev, before, { timeout: 2500, polling: 50 }).then(() => true, () => false)
        if (!moved)
          break // the end of the deck: the presenter no longer advances
        const at = position(presenter)
        visited.push(`${at.no}:${at.clicks}`)
        const synced = await audience.waitForFunction(({ no, clicks }) => {
          const u = new URL(location.href)
          return u.pathname.endsWith(`/${no}`) && Number(u.searchParams.get('clicks') ?? 0) === clicks
        }, at, { timeout: 3000, polling: 50 }).then(() => true, () => false)
        if (!synced) {
          mismatches.push(`presenter at ${at.no}:${at.clicks}, audience stayed at ${position(audience).no}:${position(audience).clicks}`)
          continue
        }
        // Compare what is revealed (classes, not pixels: the audience page is in the background,
        // where fades do not run). Give the audience a moment to apply the state it received.
        let shownPresenter = -1
        let shownAudience = -2
        for (let tries = 0; tries < 20 && shownAudience !== shownPresenter; tries++) {
          if (tries)
            await audience.waitForTimeout(50)
          shownPresenter = await revealed(presenter, '.grid-section.main', at.no)
          shownAudience = await revealed(audience, '#slide-content', at.no)
        }
        if (shownPresenter < 0)
          mismatches.push(`slide ${at.no} click ${at.clicks}: the presenter does not show slide ${at.no}`)
        else if (shownAudience !== shownPresenter)
          mismatches.push(`slide ${at.no} click ${at.clicks}: audience shows ${shownAudience} revealed elements, presenter ${shownPresenter}`)
        if (at.clicks === 0) {
          const want = slides[at.no - 1]
          const notes = await presenter.locator('.grid-section.note .slidev-note').first().innerText()
          if (want && words(notes) !== words(want.notes))
            notesWrong.push(`slide ${at.no}: presenter notes differ from slides.md`)
        }
      }

      // Every slide was reached, in order, each entered at click 0 and left after its last click.
      const slideOrder = [1, ...visited.map(v => Number(v.split(':')[0]))].filter((no, i, a) => i === 0 || no !== a[i - 1])
      expect(slideOrder, 'slides reached by ArrowRight in the presenter').toEqual(slides.map(s => s.no))
      const badSteps = visited.filter((v, i) => {
        const [no, clicks] = v.split(':').map(Number)
        const [pno, pclicks] = i === 0 ? [1, 0] : visited[i - 1]!.split(':').map(Number)
        return !((no === pno && clicks === pclicks! + 1) || (no === pno! + 1 && clicks === 0))
      })
      expect(badSteps, 'steps that skipped a click or a slide').toEqual([])
      expect(position(presenter).no).toBe(n)
      expect(mismatches, 'steps where the audience did not follow').toEqual([])
      expect(notesWrong).toEqual([])
      expect(await presenter.locator('.grid-section.next').innerText()).toContain('End of the presentation')
      expect(external).toEqual([])
      expect(errors).toEqual([])
      console.log(`presenter walk: ${n} slides, ${visited.length} steps (${visited.length - (n - 1)} clicks), audience in sync`)
    }
    finally {
      await context.close()
    }
  })
})
