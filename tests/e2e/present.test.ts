// `npm run present`, as a speaker starts the talk from the tested build: it serves dist/ without
// rebuilding when dist/ is fresh (global setup has just built it), moves to the next port when the
// one asked for is taken, prints where the audience and the presenter go, keeps the two windows in
// step through the whole talk, and stops on Ctrl-C. With a good dist/ and sources that no longer
// build, it serves the last good build and says so. The rebuild-when-stale rule itself:
// tests/unit/stale-build.test.ts.
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:net'
import type { Browser } from 'playwright-chromium'
import type { DeckSlide } from '../support/deck.ts'
import { spawn } from 'node:child_process'
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../lib/serve.ts'
import { connectTestBrowser, openGuardedPage } from '../support/browser.ts'
import { copyDeck } from '../support/deck-copy.ts'
import { loadDeck, ROOT, squash } from '../support/deck.ts'
import { settleSlide } from '../support/gates.ts'
import { DIST } from '../support/global-setup.ts'
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
  browser = await connectTestBrowser()
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

describe('npm run present with a good dist/ and a typo in data/', () => {
  let copy: { dir: string, remove: () => void }
  let child: ChildProcess | undefined
  beforeAll(() => {
    // A copy of the deck with the tested build as its good dist/, newer than its sources; then a typo.
    copy = copyDeck()
    cpSync(DIST, join(copy.dir, 'dist'), { recursive: true })
  })
  afterAll(() => {
    if (child?.exitCode === null)
      process.kill(-child.pid!, 'SIGINT')
    copy?.remove()
  })

  it('serves the last good build, says so in the terminal and the presenter window, and leaves dist/ as it was', async () => {
    const { dir } = copy
    const listing = () => readdirSync(join(dir, 'dist'), { recursive: true }).map(f => `${f}:${statSync(join(dir, 'dist', String(f))).mtimeMs}`).sort()
    const before = listing()
    const projects = join(dir, 'data/projects.ts')
    const text = readFileSync(projects, 'utf8')
    const id = text.match(/id: '([^']+)'/)![1]!
    writeFileSync(projects, text.replace(/startYear: \d{4}/, 'startYear: 1850'))

    const port = await freePort()
    child = spawn('npm', ['run', '--silent', 'present', '--', '--port', String(port)], { cwd: dir, detached: true })
    let said = ''
    child.stdout!.on('data', d => said += d)
    child.stderr!.on('data', d => said += d)
    const started = Date.now()
    await expect.poll(() => said, { timeout: 60_000, interval: 100 }).toContain('presenter  http')
    const page = await fetch(`http://127.0.0.1:${port}/1`)
    expect(page.status).toBe(200)
    expect(Date.now() - started).toBeLessThan(60_000)
    expect(said).toContain(`data/projects.ts: record "${id}", field "startYear": year 1850 is out of range 1950–2030`)
    expect(said).toMatch(/Presenting the LAST GOOD BUILD, of .+\.\n! Changed since, and not in it: data\/projects\.ts/)
    const notice = await (await fetch(`http://127.0.0.1:${port}/__present/notice.json`)).json() as { builtAt: string, changed: string[] }
    expect(notice.changed).toEqual(['data/projects.ts'])

    const { page: presenter, context } = await openGuardedPage(browser)
    try {
      await presenter.goto(`http://127.0.0.1:${port}/presenter/1`)
      await expect.poll(async () => squash(await presenter.locator('.presenter-notice').textContent() ?? ''), { timeout: 20_000 }).toMatch(/^Last good build, of .+: the newer sources failed to build\. Changed since, and not shown: data\/projects\.ts\.$/)
      const audience = await context.newPage()
      await audience.goto(`http://127.0.0.1:${port}/1`)
      await settleSlide(audience, 1)
      expect(await audience.locator('.presenter-notice').count(), 'the audience sees no notice').toBe(0)
    }
    finally {
      await context.close()
    }
    expect(listing()).toEqual(before)
  })
})
