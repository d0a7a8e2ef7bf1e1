// The presenter's window on slide 1, as a speaker first sees it: the current slide, the next one,
// the slide's notes and a timer that runs. Checked on the build (presenter.test.ts) and on the dev
// server (dev-server.test.ts).
import type { Browser, Page } from 'playwright-chromium'
import type { DeckSlide } from './deck.ts'
import { expect } from 'vitest'
import { openGuardedPage } from './browser.ts'
import { squash } from './deck.ts'
import { settleSlide } from './gates.ts'
import { words } from './presenter-walk.ts'

function visibleSlideText(page: Page, scope: string, no: number): Promise<string | undefined> {
  return page.evaluate(({ scope, no }) => [...document.querySelectorAll<HTMLElement>(`${scope} .slidev-page-${no}`)]
    .find(e => e.checkVisibility())
    ?.innerText, { scope, no })
}

/** The presenter's window on slide 1: current slide, next-slide preview, notes and a timer that runs. */
export async function checkPresenterView(browser: Browser, slides: DeckSlide[], url: string) {
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
