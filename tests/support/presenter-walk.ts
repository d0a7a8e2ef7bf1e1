// The presenter walk: a speaker steps through the whole talk in the presenter window while the
// audience window, open on the same deck in the same browser, follows. Shared by the presenter
// tests (built deck, dev server) and the `npm run present` test.
//
// The build syncs windows over a BroadcastChannel; the dev server relays every step through itself
// (Slidev's server-ref state). An audience window on a trusted host (localhost) reports its own
// position back when it arrives, with the whole shared state: on the dev server always, on the
// build only when its arrival outlasts the task that told it to move (Slidev mutes a window's
// messages until then), as when the slide had yet to load. A step taken before that report has
// reached the presenter is undone by it: the presenter is pulled back to where the audience was (on
// a loaded machine the report can take longer than a pause of 150 ms; README, "Giving the talk").
// So the walk steps as a speaker does, who pauses on each step for longer than that: once the
// audience has arrived, both windows have been still for STILL_MS, and on the dev server the
// audience's report has reached the presenter (`viewerReports`).
import type { Page } from 'playwright-chromium'
import type { DeckSlide } from './deck.ts'
import type { Step } from './steps.ts'
import { label, stepAt } from './steps.ts'

/**
 * How long both windows must stay on the same step before the speaker takes the next one: on the
 * dev server, long enough for the audience's echo to land; the build has no echo (its windows
 * share a BroadcastChannel), so a short pause does there.
 */
export const STILL_MS = { devServer: 150, build: 50 } as const

/** Words only, without Slidev's click markers: how notes compare across markdown rendering. */
export function words(s: string) {
  return (s.replace(/\[click(?::\d+)?\]/gi, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter(w => w !== 'click')
    .join(' ')
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

/**
 * On the dev server: how many position reports from an audience window the presenter has received
 * so far, in Slidev's server-ref messages. Each report stamps the shared state's `lastUpdate` with
 * the sender's kind and the time, and every later message from the presenter carries that stamp on
 * until it moves again: a report counts once, by its time. Call before the page loads.
 */
export function viewerReports(presenter: Page): () => number {
  const times = new Set<number>()
  presenter.on('websocket', ws => ws.on('framereceived', ({ payload }) => {
    const text = String(payload)
    if (!text.includes('vue-server-ref'))
      return
    const last = JSON.parse(text).data?.data?.lastUpdate
    if (last?.type === 'viewer')
      times.add(last.time)
  }))
  return () => times.size
}

/** Resolves true once `done()` holds, or false after `ms`. */
async function until(done: () => boolean, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise(resolve => setTimeout(resolve, 25))) {
    if (done())
      return true
  }
  return done()
}

/** Where a window is in the talk. */
const at = (page: Page) => label(stepAt(page.url()))

/**
 * Waits until both windows show step `want` and neither has moved for `stillMs`. Resolves to
 * undefined then, or to where the two windows stand when `timeout` runs out.
 */
async function bothStillAt(presenter: Page, audience: Page, want: string, timeout: number, stillMs: number): Promise<string | undefined> {
  const deadline = Date.now() + timeout
  let last = ''
  let since = Date.now()
  while (Date.now() < deadline) {
    const now = `${at(presenter)} ${at(audience)}`
    if (now !== last) {
      last = now
      since = Date.now()
    }
    else if (now === `${want} ${want}` && Date.now() - since >= stillMs) {
      return undefined
    }
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  return `presenter at ${at(presenter)}, audience at ${at(audience)}`
}

export interface PresenterWalk {
  /** Every step the presenter took, from where it started. */
  walk: Step[]
  /** Steps where the audience did not follow (the walk stops at the first one that parts the windows). */
  mismatches: string[]
  /** Slides whose presenter notes differ from slides.md. */
  notesWrong: string[]
  /** Page loads of either window during the walk: a reload mid-talk blanks the audience's screen. */
  reloads: number
}

/**
 * Presses ArrowRight in `presenter` until its next-slide preview says the talk is over, or until
 * it reaches slide `upTo`; after each step, checks that `audience` shows the same slide and click,
 * with as much revealed, and that the presenter shows the slide's notes from `slides`. Both
 * windows start on slide 1.
 */
export async function walkInStep(presenter: Page, audience: Page, slides: DeckSlide[], stepMs: number, stillMs: number, reports?: () => number, upTo = Infinity): Promise<PresenterWalk> {
  let reloads = 0
  audience.on('load', () => reloads++)
  presenter.on('load', () => reloads++)
  const atEnd = async () => (await presenter.locator('.grid-section.next').innerText()).includes('End of the presentation')

  const mismatches: string[] = []
  const walk: Step[] = [stepAt(presenter.url())]
  const notesWrong: string[] = []
  while (!await atEnd() && walk.at(-1)!.no < upTo && walk.length < 1000) {
    const before = presenter.url()
    const reported = reports?.() ?? 0
    await presenter.keyboard.press('ArrowRight')
    const moved = await presenter.waitForFunction(prev => location.href !== prev, before, { timeout: stepMs, polling: 50 }).then(() => true, () => false)
    if (!moved) {
      mismatches.push(`ArrowRight did not move the presenter from ${at(presenter)}`)
      break
    }
    const step = stepAt(presenter.url())
    walk.push(step)
    const apart = await bothStillAt(presenter, audience, label(step), stepMs, stillMs)
    if (apart) {
      mismatches.push(`after the step to ${label(step)}: ${apart}`)
      break // the windows no longer agree on where the talk is: later steps would only repeat this
    }
    if (reports && !await until(() => reports() > reported, stepMs)) {
      mismatches.push(`after the step to ${label(step)}: the audience window never reported its arrival to the presenter`)
      break
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
  return { walk, mismatches, notesWrong, reloads }
}
