// Lighthouse's mobile preset on a served deck's first slide, as an outside client sees it: one
// Chromium session (chrome-launcher, Lighthouse's own launcher), runs alternating between the
// decks so that both meet the same machine load. Lighthouse's defaults are the mobile preset: a
// phone-sized screen, simulated slow 4G and a 4× slower CPU.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { median } from './stats.ts'

export interface LighthouseSample {
  /** Performance score, 0–100. */
  score: number
  /** Largest and first contentful paint, total blocking time (ms), and bytes transferred. */
  lcpMs: number
  fcpMs: number
  tbtMs: number
  bytes: number
}

export interface LighthouseSummary {
  samples: LighthouseSample[]
  score: number
  lcpMs: number
  fcpMs: number
  tbtMs: number
  bytes: number
}

/** Headless Chromium as the issue asks for it; names other than 127.0.0.1 resolve to nothing (no request leaves the machine). */
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']

/** Runs Lighthouse `runs` times on each URL, round-robin, in one browser; the median of each metric per URL. */
export async function lighthouseMobile(urls: string[], chromePath: string, runs: number): Promise<LighthouseSummary[]> {
  for (const url of urls) {
    if (new URL(url).hostname !== '127.0.0.1')
      throw new Error(`Lighthouse runs against 127.0.0.1 only, not ${url}`)
  }
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' })
  const samples: LighthouseSample[][] = urls.map(() => [])
  try {
    for (let i = 0; i < runs; i++) {
      for (const [k, url] of urls.entries()) {
        const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' })
        const lhr = result?.lhr
        if (!lhr || lhr.runtimeError)
          throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`)
        const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
        samples[k]!.push({
          score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
          lcpMs: num('largest-contentful-paint'),
          fcpMs: num('first-contentful-paint'),
          tbtMs: num('total-blocking-time'),
          bytes: num('total-byte-weight'),
        })
      }
    }
  }
  finally {
    chrome.kill()
  }
  return samples.map(s => ({
    samples: s,
    score: median(s.map(x => x.score)),
    lcpMs: median(s.map(x => x.lcpMs)),
    fcpMs: median(s.map(x => x.fcpMs)),
    tbtMs: median(s.map(x => x.tbtMs)),
    bytes: median(s.map(x => x.bytes)),
  }))
}
