// `npm run present`, as a speaker starts the talk from the tested build: it serves dist/ without
// rebuilding when dist/ is fresh (global setup has just built it), moves to the next port when the
// one asked for is taken, prints where the audience and the presenter go, keeps the two windows in
// step through the whole talk, and stops on Ctrl-C. The rebuild-when-stale rule itself:
// tests/unit/stale-build.test.ts.
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:net'
import type { Browser } from 'playwright-chromium'
import type { DeckSlide } from '../support/deck.ts'
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../lib/serve.ts'
import { launchChromium, openGuardedPage } from '../support/browser.ts'
import { loadDeck, ROOT, squash } from '../support/deck.ts'
import { settleSlide } from '../support/gates.ts'
import { STILL_MS, walkInStep } from '../support/presenter-walk.ts'
import { skippedSteps, slideOrder, stepAt } from '../support/steps.ts'

let browser: Browser
let slides: DeckSlide[]
let present: ChildProcess
let output = ''
let exited: Promise<{ code: number | null, signal: NodeJS.Signals | null }>
let taken: Server
let askedPort: number
let audienceUrl: string
let presenterUrl: string

beforeAll(async () => {
  browser = await launchChromium()
  slides = await loadDeck()
  // Another server already holds the port asked for, as on a laptop that runs other things.
  askedPort = await freePort()
  taken = createServer()
  await new Promise<void>(resolve => taken.listen(askedPort, '127.0.0.1', resolve))

  present = spawn('npm', ['run', 'present', '--', '--port', String(askedPort)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: Ctrl-C in a terminal signals the whole group
  })
  const collect = (d: Buffer) => output += stripVTControlCharacters(d.toString())
  present.stdout!.on('data', collect)
  present.stderr!.on('data', collect)
  exited = new Promise(resolve => present.once('exit', (code, signal) => resolve({ code, signal })))
  const deadline = Date.now() + 30_000
  while (!/presenter +http:\S+/.test(output)) {
    if (present.exitCode !== null || Date.now() > deadline)
      throw new Error(`npm run present did not print its addresses:\n${output}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  audienceUrl = output.match(/audience +(http:\S+)/)![1]!
  presenterUrl = output.match(/presenter +(http:\S+)/)![1]!
}, 60_000)

afterAll(async () => {
  if (present && present.exitCode === null && present.signalCode === null)
    process.kill(-present.pid!, 'SIGTERM')
  await new Promise(resolve => taken?.close(resolve))
  await browser?.close()
})

describe('npm run present', () => {
  it('serves the fresh build as it is, on the next free port, and prints the audience and presenter addresses', () => {
    expect(output).toContain('up to date with the sources')
    expect(output).not.toContain('Building first')
    expect(output).toContain(`Port ${askedPort} is taken`)
    const port = Number(new URL(audienceUrl).port)
    expect(port).toBeGreaterThan(askedPort)
    expect(audienceUrl).toBe(`http://127.0.0.1:${port}/`)
    expect(presenterUrl).toBe(`http://127.0.0.1:${port}/presenter/1`)
    // Served on loopback only, unless --host asks for the network: no note about phones.
    expect(output).not.toMatch(/phones/i)
  })

  it('keeps the audience window in step with the presenter through the whole talk', async () => {
    const { page: audience, context, external, errors } = await openGuardedPage(browser)
    try {
      // Both addresses are routes of the single-page app, not files: the server falls back to index.html.
      await audience.goto(audienceUrl, { waitUntil: 'load' })
      await settleSlide(audience, 1)
      expect(squash(await audience.locator('.slidev-page-1').first().innerText())).toContain(squash(slides[0]!.title))
      const presenter = await context.newPage()
      await presenter.goto(presenterUrl, { waitUntil: 'load' })
      await settleSlide(presenter, 1)

      const { walk, mismatches, notesWrong, reloads } = await walkInStep(presenter, audience, slides, 5_000, STILL_MS.build)
      expect(mismatches, 'steps where the audience did not follow').toEqual([])
      expect(slideOrder(walk), 'slides reached by ArrowRight in the presenter').toEqual(slides.map(s => s.no))
      expect(skippedSteps(walk), 'steps that skipped a click or a slide').toEqual([])
      expect(stepAt(audience.url()).no).toBe(slides.length)
      expect(notesWrong).toEqual([])
      expect(reloads, 'page reloads during the walk').toBe(0)
      expect(external).toEqual([])
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
    }
  })

  it('stops cleanly on Ctrl-C, and the address goes dark', async () => {
    process.kill(-present.pid!, 'SIGINT')
    // The server closes and says so; npm, interrupted with it, passes the signal on as its own exit.
    const { code, signal } = await exited
    expect(output).toContain('Stopped.')
    expect(code === 0 || signal === 'SIGINT', `exit code ${code}, signal ${signal}`).toBe(true)
    expect(output).not.toMatch(/error/i)
    expect(await fetch(audienceUrl).then(() => 'answered', () => 'refused')).toBe('refused')
  })
})
