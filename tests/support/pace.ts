// The pace display in the presenter's bar (components/PresenterPace.vue), as the browser tests
// read and drive it: pace.test.ts on the build, dev-server.test.ts on `npm run dev`.
import type { Page } from 'playwright-chromium'
import type { DeckSlide } from './deck.ts'
import { formatClock, slideTimings } from '../../lib/pace.ts'
import { squash } from './deck.ts'

/** Slidev's own timer in the presenter's bar: its play, pause and reset controls show on hover. */
export async function timerControl(presenter: Page, icon: 'play' | 'pause' | 'renew') {
  await presenter.locator('.grid-section.bottom > div.group').hover()
  await presenter.locator(`.grid-section.bottom > div.group .i-carbon\\:${icon}`).click()
  await presenter.mouse.move(400, 300)
}

/** What the pace display says: the slide's clock, whether it is marked over, the talk's pace. */
export async function readPace(presenter: Page) {
  const slide = presenter.locator('.presenter-pace .pace-slide')
  return {
    slide: squash(await slide.innerText()),
    overMarked: await presenter.locator('.presenter-pace .pace-slide--over').count() === 1,
    overIcon: await slide.locator('.i-carbon\\:warning-alt-filled').count() === 1,
    talk: squash(await presenter.locator('.presenter-pace .pace-talk').innerText()),
  }
}

/** Slide `no`'s budget as the pace display writes it ("0:45"). */
export function budgetOf(slides: readonly DeckSlide[], no: number): string {
  return formatClock(slideTimings(slides)[no - 1]!.budgetSeconds ?? 0)
}
