// The dev server as a speaker meets it: its command (the deck's `npm run dev`) until it prints its
// addresses, then the first slide in a fresh Chromium page, then every other slide's first
// visit, stepping straight on as soon as a slide shows (no pause in which Slidev's client could
// fetch the next slide ahead).
import { spawn } from 'node:child_process'
import { dirname } from 'node:path'
import type { Browser, Page } from 'playwright-chromium'

export interface DevSample {
  /** From starting the command to its "ready" lines (the addresses). */
  readyMs: number
  /** From navigating to /1, right after ready, to slide 1 rendered (its layout visible). */
  firstSlideMs: number
  /** readyMs + firstSlideMs: from the command to the first slide. */
  commandToSlideMs: number
  /** One per slide 2 … n: from the key press to that slide rendered. */
  visitsMs: number[]
  /** Full page loads before slide 1 showed: more than 1 when Vite found a dependency late and reloaded. */
  pageLoads: number
  /** Requests the page made before slide 1 showed. */
  requests: number
  errors: string[]
  /** What the dev server printed. */
  log: string
}

export interface DevOptions {
  /** The dev server's command, to which the entry and options are added: `slidev`, or the deck's `npm run dev` (node scripts/dev.ts). */
  command: string[]
  /** The deck's slides.md; the dev server runs in its folder's project. */
  entry: string
  port: number
  /** Throw away Vite's pre-bundled dependencies first (`--force`): a first start after an install. */
  cold: boolean
  /** Visit slides 2 … n after the first. */
  walkSlides?: number
  timeoutMs?: number
}

/** Runs in the page: true once slide `no`'s layout is visible (an async slide shows its box before its content). */
export function rendered(no: number): boolean {
  const layout = document.querySelector(`.slidev-page-${no} .slidev-layout`)
  if (!layout)
    return false
  const box = layout.getBoundingClientRect()
  return box.width > 0 && box.height > 0
}

/** Waits for slide `no`, through the full reload Vite sends when it finds a dependency late. */
async function waitRendered(page: Page, no: number, deadline: number): Promise<void> {
  for (;;) {
    try {
      await page.waitForFunction(rendered, no, { polling: 'raf', timeout: Math.max(1, deadline - Date.now()) })
      return
    }
    catch (e) {
      if (Date.now() >= deadline || !/context was destroyed|navigation/i.test(String(e)))
        throw e
    }
  }
}

export async function measureDev(browser: Browser, options: DevOptions): Promise<DevSample> {
  const timeout = options.timeoutMs ?? 120_000
  const args = [options.entry, '--port', String(options.port), '--open', 'false', ...(options.cold ? ['--force'] : [])]
  const [program, ...before] = options.command
  const start = performance.now()
  const child = spawn(program!, [...before, ...args], {
    cwd: dirname(options.entry),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stopping it stops Vite's workers too
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  })
  let out = ''
  const exited = new Promise(resolve => child.once('exit', resolve))
  try {
    const ready = new Promise<void>((resolve, reject) => {
      const collect = (d: Buffer) => {
        out += d.toString()
        if (out.includes('public slide show'))
          resolve()
      }
      child.stdout.on('data', collect)
      child.stderr.on('data', collect)
      child.once('exit', code => reject(new Error(`slidev exited with code ${code} before it was ready:\n${out.slice(-2000)}`)))
      setTimeout(() => reject(new Error(`slidev was not ready within ${timeout / 1000} s:\n${out.slice(-2000)}`)), timeout).unref()
    })
    await ready
    const readyMs = performance.now() - start

    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' })
    const errors: string[] = []
    try {
      const page = await context.newPage()
      page.on('pageerror', e => errors.push(`uncaught: ${e.message}`))
      let pageLoads = 0
      let requests = 0
      page.on('domcontentloaded', () => pageLoads++)
      page.on('request', () => requests++)
      const deadline = Date.now() + timeout
      const t0 = performance.now()
      await page.goto(`http://localhost:${options.port}/1`, { waitUntil: 'commit', timeout })
      await waitRendered(page, 1, deadline)
      const firstSlideMs = performance.now() - t0
      const loadsBeforeSlide = pageLoads
      const requestsBeforeSlide = requests

      const visitsMs: number[] = []
      for (let no = 2; no <= (options.walkSlides ?? 1); no++) {
        const t = performance.now()
        await page.keyboard.press('ArrowDown') // next slide, skipping clicks
        await waitRendered(page, no, Date.now() + timeout)
        visitsMs.push(performance.now() - t)
      }
      return { readyMs, firstSlideMs, commandToSlideMs: readyMs + firstSlideMs, visitsMs, pageLoads: loadsBeforeSlide, requests: requestsBeforeSlide, errors, log: out }
    }
    catch (e) {
      // What the server printed and the page showed say more than a timeout does.
      const shown = await context.pages()[0]?.evaluate(() => `${location.pathname}: ${document.body.innerText.slice(0, 300)}`).catch(() => '?')
      throw new Error(`${options.entry}${options.cold ? ' (cold)' : ''}: ${(e as Error).message.split('\n')[0]}\npage ${shown}\npage errors: ${errors.join('; ') || 'none'}\nserver printed:\n${out.slice(-1500)}`)
    }
    finally {
      await context.close()
    }
  }
  finally {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, 'SIGTERM')
      await exited
    }
  }
}
