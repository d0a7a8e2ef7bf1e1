// Pace in presenter mode, on the built deck, with a controlled clock (Playwright's clock API): the
// presenter's bar shows time on the slide against its budget and the talk's pace against the plan;
// both follow keys, clicks and go-to, hold while Slidev's timer is paused and clear when it is
// reset; each run of the timer is a rehearsal whose log downloads as CSV and JSON. The audience
// window and print mode show none of it. A shorter walk in real time checks `npm run dev`
// (dev-server.test.ts).
import type { Browser, BrowserContext, Download, Page } from 'playwright-chromium'
import type { SlideTiming } from '../../lib/pace.ts'
import type { StaticServer } from '../../lib/serve.ts'
import type { DeckSlide } from '../support/deck.ts'
import { Buffer } from 'node:buffer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatClock, slideTimings } from '../../lib/pace.ts'
import { serveDist } from '../../lib/serve.ts'
import { connectTestBrowser, openGuardedPage } from '../support/browser.ts'
import { loadDeck, squash } from '../support/deck.ts'
import { axeViolations, settleSlide } from '../support/gates.ts'
import { DIST } from '../support/global-setup.ts'
import { budgetOf, readPace, timerControl } from '../support/pace.ts'

let browser: Browser
let server: StaticServer
let slides: DeckSlide[]
let timings: SlideTiming[]

beforeAll(async () => {
  browser = await connectTestBrowser()
  server = await serveDist(DIST, '/')
  slides = await loadDeck()
  timings = slideTimings(slides)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Both windows of one browser, loaded and rendered, the clock installed and then stopped: time moves only by runFor. */
async function openWindows(context: BrowserContext, audienceToo: boolean) {
  await context.clock.install({ time: new Date('2026-11-28T09:00:00') })
  let audience: Page | undefined
  if (audienceToo) {
    audience = context.pages()[0] ?? await context.newPage()
    await audience.goto(`${server.url}1`, { waitUntil: 'load' })
    await settleSlide(audience, 1)
  }
  const presenter = await context.newPage()
  await presenter.goto(`${server.url}presenter/1`, { waitUntil: 'load' })
  await settleSlide(presenter, 1)
  await context.clock.pauseAt(new Date('2026-11-28T09:30:00'))
  return { audience, presenter }
}

/** Where the plan says the talk should be: the budgets of the slides before, this one's as far as used. */
function expectedPace(no: number, onSlide: number, talkTime: number): string {
  const t = timings[no - 1]!
  const behind = talkTime - (t.atSeconds + Math.min(onSlide, t.budgetSeconds ?? 0))
  return behind >= 1 ? `+${formatClock(behind)} behind` : behind <= -1 ? `${formatClock(-behind)} ahead` : 'on time'
}

async function downloaded(presenter: Page, kind: 'csv' | 'json', run = 0): Promise<string> {
  const [download] = await Promise.all([
    presenter.waitForEvent('download') as Promise<Download>,
    presenter.locator(`.rehearsal-log__run`).nth(run).locator(`.rehearsal-log__${kind}`).click(),
  ])
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream())
    chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Serious or critical axe-core violations in the pace display and its open log. */
const paceAxe = (presenter: Page) => axeViolations(presenter, '.presenter-pace', { impacts: ['serious', 'critical'] })

function parseCsv(text: string): string[][] {
  // Titles may hold commas and quotes: RFC 4180 fields.
  return text.trim().split(/\r\n/).map(line => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
    .map(m => m[1]!)
    .slice(0, 4)
    .map(f => f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f))
}

describe('pace in presenter mode (the built deck, a controlled clock)', () => {
  it('shows time on the slide against its budget and the pace, following keys, clicks, go-to, pause and reset; the audience sees none of it', async () => {
    const { page: first, context, external, errors } = await openGuardedPage(browser)
    try {
      const { audience, presenter } = await openWindows(context, true)
      expect(first).toBe(audience)
      const at = () => Number(new URL(presenter.url()).pathname.match(/(\d+)$/)?.[1])

      expect(await readPace(presenter)).toMatchObject({ slide: `-:-- / ${budgetOf(slides, 1)}`, talk: 'timer not started' })

      await timerControl(presenter, 'play')
      // Slide 1, 15 s.
      await presenter.clock.runFor(15_000)
      expect(await readPace(presenter)).toEqual({ slide: `0:15 / ${budgetOf(slides, 1)}`, overMarked: false, overIcon: false, talk: expectedPace(1, 15, 15) })

      // A key to slide 2; 10 s; a click on slide 2 (it reveals one step); 15 s more.
      await presenter.keyboard.press('ArrowRight')
      await expect.poll(at).toBe(2)
      await presenter.clock.runFor(10_000)
      await presenter.keyboard.press('ArrowRight')
      await expect.poll(() => new URL(presenter.url()).searchParams.get('clicks')).toBe('1')
      await presenter.clock.runFor(15_000)
      expect(await readPace(presenter)).toMatchObject({ slide: `0:25 / ${budgetOf(slides, 2)}`, talk: expectedPace(2, 25, 40) })

      // Go-to (g) the first slide with a 45 s budget.
      const target = timings.findIndex(t => t.budgetSeconds === 45) + 1
      expect(target, 'a slide with a 45 s budget').toBeGreaterThan(2)
      await presenter.keyboard.press('g')
      await presenter.locator('#slidev-goto-input').fill(String(target))
      await presenter.locator('#slidev-goto-input').press('Enter')
      await expect.poll(at).toBe(target)

      // 30 s into its 45 s: under budget.
      await presenter.clock.runFor(30_000)
      expect(await readPace(presenter)).toEqual({ slide: '0:30 / 0:45', overMarked: false, overIcon: false, talk: expectedPace(target, 30, 70) })

      // Slidev's timer paused for a minute: nothing moves.
      await timerControl(presenter, 'pause')
      await presenter.clock.runFor(60_000)
      expect(await readPace(presenter)).toMatchObject({ slide: '0:30 / 0:45', overMarked: false, talk: expectedPace(target, 30, 70) })
      expect((await presenter.locator('.grid-section.bottom > div.group').innerText()).replace(/\s+/g, ''), 'Slidev\'s timer').toBe('1:10')

      // Resumed; 60 s on the slide in all: over budget, by icon and word as well as colour.
      await timerControl(presenter, 'play')
      await presenter.clock.runFor(30_000)
      const over = await readPace(presenter)
      expect(over).toEqual({ slide: '1:00 / 0:45 over', overMarked: true, overIcon: true, talk: expectedPace(target, 60, 100) })

      // The log of this rehearsal so far: one row per slide, the time spent on each.
      await presenter.locator('.rehearsal-log button[title="Rehearsal log"]').click()
      await expect.poll(() => presenter.locator('.rehearsal-log__run').count()).toBe(1)
      expect(squash(await presenter.locator('.rehearsal-log__run').innerText())).toContain('1:40 (in progress)')
      const rows = parseCsv(await downloaded(presenter, 'csv'))
      const spent: Record<number, number> = { 1: 15, 2: 25, [target]: 60 }
      expect(rows[0]).toEqual(['slide', 'title', 'budget_seconds', 'actual_seconds'])
      // A slide the rehearsal never reached has no time, not 0 s.
      expect(rows.slice(1)).toEqual(slides.map((s, i) => [String(s.no), s.title, String(timings[i]!.budgetSeconds), s.no in spent ? String(spent[s.no]) : '']))

      // Readable in light and dark (contrast, names), over budget and with the log open. The clock
      // runs again for axe-core; the times above are checked.
      await context.clock.resume()
      expect(await paceAxe(presenter), 'light').toEqual([])
      await presenter.emulateMedia({ colorScheme: 'dark' })
      await expect.poll(() => presenter.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)
      expect(await paceAxe(presenter), 'dark').toEqual([])
      await presenter.emulateMedia({ colorScheme: 'light' })

      // Reset: the display clears, the rehearsal is kept as finished.
      await timerControl(presenter, 'renew')
      expect(await readPace(presenter)).toMatchObject({ slide: '-:-- / 0:45', talk: 'timer not started' })
      expect(squash(await presenter.locator('.rehearsal-log__run').innerText())).not.toContain('in progress')

      // The audience window: same slide, none of the pace, even with its controls shown.
      await expect.poll(() => new URL(audience!.url()).pathname).toBe(`/${target}`)
      await audience!.mouse.move(20, 700)
      await audience!.mouse.move(30, 690)
      expect(await audience!.locator('.presenter-pace, .rehearsal-log').count()).toBe(0)
      expect(await audience!.locator('body').innerText()).not.toMatch(/Rehearsal log|timer not started|\d:\d\d \/ \d:\d\d/)

      // After a reset, as after the morning's rehearsal, the timer starts again, Slidev's clock
      // with it: with the Start button, and with the first step forward from the first slide.
      await context.clock.pauseAt(new Date('2026-11-28T10:00:00'))
      const slidevClock = async () => (await presenter.locator('.grid-section.bottom .font-mono').first().innerText()).replace(/\s+/g, '')
      await presenter.locator('.presenter-pace .pace-start').click()
      await presenter.clock.runFor(5_000)
      expect(await slidevClock(), 'Slidev\'s timer, started with the Start button').toBe('0:05')
      expect(await readPace(presenter)).toMatchObject({ slide: '0:05 / 0:45' })
      await timerControl(presenter, 'renew')
      await presenter.keyboard.press('g')
      await presenter.locator('#slidev-goto-input').fill('1')
      await presenter.locator('#slidev-goto-input').press('Enter')
      await expect.poll(at).toBe(1)
      await presenter.keyboard.press('ArrowRight')
      await expect.poll(() => presenter.url()).toMatch(/\/presenter\/2/)
      await presenter.clock.runFor(3_000)
      expect(await slidevClock(), 'Slidev\'s timer, started with the first step').toBe('0:03')

      expect(external).toEqual([])
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
    }
  })

  it('downloads the log of a short scripted rehearsal: one row per slide, its budget and the time spent (CSV and JSON), kept after a reload', async () => {
    const { context, external, errors } = await openGuardedPage(browser)
    try {
      const { presenter } = await openWindows(context, false)
      await timerControl(presenter, 'play')
      // A few seconds on each slide, a different number on each; ArrowDown moves a slide at a time.
      const spent = slides.map(s => 2 + (s.no % 5))
      for (const s of slides) {
        await presenter.clock.runFor(spent[s.no - 1]! * 1000)
        if (s.no < slides.length) {
          await presenter.keyboard.press('ArrowDown')
          await expect.poll(() => presenter.url()).toMatch(new RegExp(`/presenter/${s.no + 1}(\\?|$)`))
        }
      }
      await timerControl(presenter, 'pause')
      await presenter.locator('.rehearsal-log button[title="Rehearsal log"]').click()

      const want = slides.map((s, i) => ({ slide: s.no, title: s.title, budgetSeconds: timings[i]!.budgetSeconds, actualSeconds: spent[i] }))
      const json = JSON.parse(await downloaded(presenter, 'json'))
      expect(json.slides).toEqual(want)
      expect(json.deck).toBe(slides[0]!.title)
      expect(json.startedAt).toMatch(/^2026-11-28T/)
      const csv = parseCsv(await downloaded(presenter, 'csv'))
      expect(csv.slice(1)).toEqual(want.map(r => [String(r.slide), r.title, String(r.budgetSeconds), String(r.actualSeconds)]))

      // Reset ends the rehearsal; a reload of the presenter finds it in this browser's storage.
      await timerControl(presenter, 'renew')
      await context.clock.resume()
      await presenter.reload({ waitUntil: 'load' })
      await settleSlide(presenter, slides.length)
      await presenter.locator('.rehearsal-log button[title="Rehearsal log"]').click()
      const kept = presenter.locator('.rehearsal-log__run')
      await expect.poll(() => kept.count()).toBe(1)
      const total = spent.reduce((a, b) => a + b, 0)
      expect(squash(await kept.innerText())).toContain(`· ${formatClock(total)}`)
      expect(JSON.parse(await downloaded(presenter, 'json')).slides).toEqual(want)

      expect(external).toEqual([])
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
    }
  })

  it('starts the timer with the first step forward, keeps it and the rehearsal through a reload, and logs each slide over or under its budget', async () => {
    const { context, external, errors } = await openGuardedPage(browser)
    try {
      const { presenter } = await openWindows(context, false)
      expect(await readPace(presenter)).toMatchObject({ talk: 'timer not started' })
      expect(await presenter.locator('.presenter-pace .pace-start').isVisible(), 'a Start button in sight').toBe(true)
      // The talk starts: the first step forward from the first slide starts the timer.
      await presenter.keyboard.press('ArrowRight')
      await expect.poll(() => presenter.url()).toMatch(/\/presenter\/2/)
      await presenter.clock.runFor(20_000)
      expect(await readPace(presenter)).toMatchObject({ slide: `0:20 / ${budgetOf(slides, 2)}` })
      const slidev = () => presenter.locator('.grid-section.bottom .font-mono').first().innerText().then(t => t.replace(/\s+/g, ''))
      expect(await slidev()).toBe('0:20')
      // Slide 3 for longer than its budget.
      await presenter.keyboard.press('ArrowDown')
      await expect.poll(() => presenter.url()).toMatch(/\/presenter\/3/)
      const budget3 = timings[2]!.budgetSeconds!
      await presenter.clock.runFor((budget3 + 15) * 1000)

      // A reload mid-talk: the same talk time, the same slide clock, the same rehearsal. (The page's
      // clock stays paused: Playwright waits for the bar by itself.)
      await presenter.reload({ waitUntil: 'load' })
      await presenter.locator('.presenter-pace .pace-slide').waitFor()
      const talk = 20 + budget3 + 15
      expect(await slidev()).toBe(formatClock(talk))
      expect(await readPace(presenter)).toMatchObject({ slide: `${formatClock(budget3 + 15)} / ${budgetOf(slides, 3)} over`, overMarked: true })
      await presenter.clock.runFor(5_000)
      expect(await slidev()).toBe(formatClock(talk + 5))

      // The log, in the presenter: each slide's budget, time and over or under; slides not reached say so.
      await presenter.locator('.rehearsal-log button[title="Rehearsal log"]').click()
      await expect.poll(() => presenter.locator('.rehearsal-log__run').count()).toBe(1)
      const row = (no: number) => presenter.locator(`.rehearsal-log__table tr[data-slide="${no}"]`).innerText().then(squash)
      expect(await row(1)).toBe(`1. ${slides[0]!.title} ${budgetOf(slides, 1)} 0:00 ${formatClock(timings[0]!.budgetSeconds!)} under`)
      expect(await row(2)).toBe(`2. ${slides[1]!.title} ${budgetOf(slides, 2)} 0:20 ${formatClock(timings[1]!.budgetSeconds! - 20)} under`)
      expect(await row(3)).toBe(`3. ${slides[2]!.title} ${budgetOf(slides, 3)} ${formatClock(budget3 + 20)} +0:20 over`)
      expect(await row(4)).toBe(`4. ${slides[3]!.title} ${budgetOf(slides, 4)} not reached`)
      expect(external).toEqual([])
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
    }
  })

  it('shows no pace in print mode (the PDFs)', async () => {
    const { page, context, errors } = await openGuardedPage(browser)
    try {
      // As the handout export opens a slide for print.
      await page.goto(`${server.url}10?print&range=10`, { waitUntil: 'load' })
      await settleSlide(page, 10)
      expect(await page.locator('.presenter-pace, .rehearsal-log').count()).toBe(0)
      expect(await page.locator('body').innerText()).not.toMatch(/Rehearsal log|timer not started/)
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
    }
  })
})
