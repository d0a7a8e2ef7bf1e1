// One cold load of a built deck in headless Chromium: time from navigation to the first slide
// rendered, what was requested up to that moment (count, raw and gzip bytes by kind), and
// optionally the time to walk every slide with the keyboard.
import type { Browser } from 'playwright-chromium'
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'

export type Kind = 'js' | 'css' | 'font' | 'html' | 'other'

export interface Bytes {
  raw: number
  gzip: number
}

export interface LoadSample {
  /** performance.now() in the page when `.slidev-page-1` was first visible with text (ms since navigation start). */
  firstSlideMs: number
  /** Wall clock around goto + wait, in Node (ms). */
  wallMs: number
  /** Requests started before the first slide rendered, the document included. */
  requests: number
  /** Bytes of those requests, all and by kind. gzip = zlib level 6 of each body, whatever the server sent. */
  bytes: Record<Kind | 'all', Bytes>
  /** URL paths (relative to the deck's base) requested before the first slide rendered. */
  urls: string[]
  walk?: WalkSample
  /** Console errors and uncaught exceptions. */
  errors: string[]
  /** Requests that tried to leave loopback. */
  external: string[]
}

export interface WalkSample {
  slides: number
  totalMs: number
  /** One entry per step: from key press to slide n+1 visible with text (ms). */
  stepsMs: number[]
}

function kindOf(path: string): Kind {
  const ext = extname(path).toLowerCase()
  if (ext === '.js' || ext === '.mjs')
    return 'js'
  if (ext === '.css')
    return 'css'
  if (ext === '.woff2' || ext === '.woff' || ext === '.ttf' || ext === '.otf')
    return 'font'
  if (ext === '.html' || ext === '')
    return 'html'
  return 'other'
}

const gzipCache = new Map<string, number>()
function gzipSize(key: string, body: Buffer): number {
  const hit = gzipCache.get(key)
  if (hit !== undefined)
    return hit
  const size = gzipSync(body, { level: 6 }).length
  gzipCache.set(key, size)
  return size
}

/** Runs in the page: the time when slide `no` is visible (non-empty box) and shows text, else false. */
function slideShown(no: number): number | false {
  const el = document.querySelector(`.slidev-page-${no}`)
  if (!el)
    return false
  const box = el.getBoundingClientRect()
  if (box.width === 0 || box.height === 0 || !el.textContent?.trim())
    return false
  return performance.now()
}

export interface LoadOptions {
  /** Served URL of the deck, ending in a slash. */
  url: string
  /** The dist folder being served, to read a body from disk if the browser does not give it. */
  dist: string
  /** Walk every slide after the first load (1 → total) with the keyboard. */
  walkSlides?: number
  timeoutMs?: number
}

export async function measureLoad(browser: Browser, options: LoadOptions): Promise<LoadSample> {
  const timeout = options.timeoutMs ?? 30_000
  // A fresh context per load: empty cache, no service worker, no stored state.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' })
  const page = await context.newPage()
  const errors: string[] = []
  const external: string[] = []
  const bodies = new Map<string, Promise<Buffer | null>>()
  const origin = new URL(options.url).origin
  page.on('request', (r) => {
    const u = r.url()
    if (!u.startsWith(origin) && !/^(?:data|blob|about):/.test(u))
      external.push(u)
  })
  page.on('response', (r) => {
    if (!bodies.has(r.url()))
      bodies.set(r.url(), r.body().catch(() => null))
  })
  page.on('console', (m) => {
    if (m.type() === 'error')
      errors.push(`console: ${m.text()}`)
  })
  page.on('pageerror', e => errors.push(`uncaught: ${e.message}`))

  try {
    const start = performance.now()
    await page.goto(`${options.url}1`, { waitUntil: 'commit', timeout })
    const handle = await page.waitForFunction(slideShown, 1, { polling: 'raf', timeout })
    const wallMs = performance.now() - start
    const firstSlideMs = await handle.jsonValue() as number

    // Let every request already started finish, then keep the ones that started before the
    // first slide rendered (startTime is on the same clock as firstSlideMs). Slidev preloads
    // the other slides 3 s later; those start after the cut-off and are not counted.
    await page.waitForLoadState('networkidle', { timeout }).catch(() => {})
    const entries = await page.evaluate(() => [
      { name: location.href.split('#')[0]!, startTime: 0, navigation: true },
      ...performance.getEntriesByType('resource').map(e => ({ name: e.name, startTime: e.startTime, navigation: false })),
    ])
    const navigationUrl = `${options.url}1`
    const early = entries.filter(e => e.navigation || e.startTime <= firstSlideMs)

    const bytes = Object.fromEntries(['all', 'js', 'css', 'font', 'html', 'other'].map(k => [k, { raw: 0, gzip: 0 }])) as LoadSample['bytes']
    const urls: string[] = []
    for (const entry of early) {
      const url = entry.navigation ? navigationUrl : entry.name
      const path = new URL(url).pathname
      const rel = path.startsWith(new URL(options.url).pathname) ? path.slice(new URL(options.url).pathname.length) : path
      // The document itself is the SPA's index.html, whatever the route.
      const kind = entry.navigation ? 'html' : kindOf(rel)
      urls.push(entry.navigation ? `(document) ${rel}` : rel)
      let body = await (bodies.get(url) ?? Promise.resolve(null))
      if (!body) {
        try {
          body = readFileSync(join(options.dist, entry.navigation ? 'index.html' : rel))
        }
        catch {
          body = Buffer.alloc(0)
        }
      }
      const gz = gzipSize(`${options.dist}|${rel}|${body.length}`, body)
      for (const k of ['all', kind] as const) {
        bytes[k].raw += body.length
        bytes[k].gzip += gz
      }
    }

    let walk: WalkSample | undefined
    if (options.walkSlides && options.walkSlides > 1) {
      const stepsMs: number[] = []
      const walkStart = performance.now()
      for (let no = 2; no <= options.walkSlides; no++) {
        const t0 = performance.now()
        // Down arrow is Slidev's "next slide" (skips clicks); the slide is done when visible with text.
        await page.keyboard.press('ArrowDown')
        await page.waitForFunction(slideShown, no, { polling: 'raf', timeout })
        stepsMs.push(performance.now() - t0)
      }
      walk = { slides: options.walkSlides, totalMs: performance.now() - walkStart, stepsMs }
    }

    return { firstSlideMs, wallMs, requests: early.length, bytes, urls, walk, errors, external }
  }
  finally {
    await context.close()
  }
}
