// `npm run bench`: how heavy and how fast this deck is, against Slidev's own floor.
//
// Builds this deck and a one-slide reference deck (scripts/bench/reference.ts) with the same
// installed Slidev, serves each dist/ on 127.0.0.1, loads each in headless Chromium several times
// (alternating deck, reference, deck, …, each in a fresh context), then exports both to PDF, and
// the handout when the project has one. Prints a table with deck/reference ratios and the budgets
// (PASS/FAIL), and writes bench/results.json. Exit code 0 whatever the budgets say: this is a
// benchmark, not a test. It exits 1 only when it cannot measure (a build fails, no browser).
//
// Then the show-day figures: Lighthouse's mobile preset on each build's first slide, `npm run
// present` from the command to the first slide, and the dev server (the deck as `npm run dev`
// starts it, the reference as `slidev`) from the command to ready, to the first slide, and each
// slide's first visit, with Vite's dependency cache thrown away (cold) and kept (warm).
//
// Options: --runs N (loads per deck, default 7), --walks N (of those, how many also walk every
//          slide, default 3), --no-export (skip the PDF exports),
//          --lighthouse-runs N (default 3; 0 skips), --dev-runs N (warm dev-server starts per
//          deck, default 3, after one cold start each; 0 skips), --present-runs N (default 3; 0 skips),
//          --verbose (list what each first load requested), --keep (keep the temporary folders).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { freePort, serveDist } from './serve.ts'
import { loadDeck } from './deck.ts'
import { CHROMIUM_ARGS, findChromiumOrExit } from './browser.ts'
import { type DevSample, measureDev } from './bench/dev.ts'
import { lighthouseMobile, type LighthouseSummary } from './bench/lighthouse.ts'
import { type LoadSample, measureLoad } from './bench/load.ts'
import { measurePresent, type PresentSample } from './bench/present.ts'
import { exportDeck, exportHandout, exportReference, type PdfResult } from './bench/pdf.ts'
import { exportBudgets, exportRows, type ExportsResult, measureExports } from './bench/exports.ts'
import { makeReferenceDeck } from './bench/reference.ts'
import { type Budget, budgetLines, type Row, table } from './bench/report.ts'
import { ROOT, SLIDEV, timed } from './bench/run.ts'
import { max, median, min, ratio } from './bench/stats.ts'

const { values: opts } = parseArgs({
  options: {
    'runs': { type: 'string', default: '7' },
    'walks': { type: 'string', default: '3' },
    'no-export': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '3' },
    'dev-runs': { type: 'string', default: '3' },
    'present-runs': { type: 'string', default: '3' },
    'verbose': { type: 'boolean', default: false },
    'keep': { type: 'boolean', default: false },
  },
})
// Seven loads each: on two busy cores single loads vary by ±50 %, and the median of 7 holds still
// far better than the median of 5. Walking all slides takes longer than a load, so only 3 do it.
const RUNS = Math.max(1, Number(opts.runs) || 7)
const WALKS = Math.min(RUNS, Math.max(0, Number(opts.walks ?? 3)))
const count = (v: string | undefined, fallback: number) => Math.max(0, Number.isFinite(Number(v)) ? Number(v) : fallback)
const LIGHTHOUSE_RUNS = count(opts['lighthouse-runs'], 3)
const DEV_RUNS = count(opts['dev-runs'], 3)
const PRESENT_RUNS = count(opts['present-runs'], 3)

/** Budgets from the issue. */
const BUDGET = {
  jsRatio: 1.3,
  firstSlideRatio: 1.3,
  pdfSecondsPerSlide: 1.5,
  pdfBytesPerSlide: 120_000,
  buildSeconds: 20,
  /** The issue's show-day budgets. */
  presentMs: 2000,
  devVisitMs: 500,
  devFirstSlideRatio: 1,
  lighthouseScoreRatio: 1,
}

const kB = (b: number) => b / 1000
const log = (s: string) => console.log(`[bench] ${s}`)
const benchStart = performance.now()
const loadAtStart = loadavg()

async function main() {
  const browserPath = findChromiumOrExit()
  const work = mkdtempSync(join(tmpdir(), 'slidev-bench-'))
  const refDir = makeReferenceDeck()
  const deckDist = join(work, 'deck-dist')
  const refDist = join(refDir, 'dist')
  const cleanup = () => {
    if (!opts.keep) {
      rmSync(work, { recursive: true, force: true })
      // The reference's folder stays (its Vite cache is what keeps its export warm); its output goes.
      rmSync(refDist, { recursive: true, force: true })
    }
  }

  try {
    // 1. Builds, one after the other (two cores: in parallel they would time each other).
    log(`building the deck → ${deckDist}`)
    const deckBuild = await timed(SLIDEV, ['build', 'slides.md', '--out', deckDist])
    if (!deckBuild.ok || !existsSync(join(deckDist, 'index.html')))
      throw new Error(`the deck did not build (exit ${deckBuild.code}):\n${deckBuild.tail}`)
    log(`building the reference → ${refDist}`)
    const refBuild = await timed(SLIDEV, ['build', join(refDir, 'slides.md'), '--out', refDist])
    if (!refBuild.ok || !existsSync(join(refDist, 'index.html')))
      throw new Error(`the reference deck did not build (exit ${refBuild.code}):\n${refBuild.tail}`)
    log(`built in ${deckBuild.seconds.toFixed(1)} s (deck), ${refBuild.seconds.toFixed(1)} s (reference)`)

    // The project's own deck loader (shared with the handout and the tests): slides a viewer sees.
    const slides = (await loadDeck()).length

    // 2. Loads, alternating A B A B after one discarded warm-up each.
    // Names other than 127.0.0.1 resolve to nothing: the loads stay on this machine and fail
    // fast (the reference's default favicon is on a CDN) instead of waiting on a network.
    const browser = await chromium.launch({ executablePath: browserPath, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] })
    const deckServer = await serveDist(deckDist, '/')
    const refServer = await serveDist(refDist, '/')
    const deckLoads: LoadSample[] = []
    const refLoads: LoadSample[] = []
    let lighthouse: LighthouseSummary[] | undefined
    try {
      log(`loading each ${RUNS}× (+1 warm-up), alternating; ${WALKS} of the deck's loads also walk its ${slides} slides`)
      await measureLoad(browser, { url: deckServer.url, dist: deckDist })
      await measureLoad(browser, { url: refServer.url, dist: refDist })
      for (let i = 0; i < RUNS; i++) {
        deckLoads.push(await measureLoad(browser, { url: deckServer.url, dist: deckDist, walkSlides: i < WALKS ? slides : 0 }))
        refLoads.push(await measureLoad(browser, { url: refServer.url, dist: refDist }))
      }
      if (LIGHTHOUSE_RUNS) {
        log(`Lighthouse, mobile preset, ${LIGHTHOUSE_RUNS}× each, alternating`)
        lighthouse = await lighthouseMobile([`${deckServer.url}1`, `${refServer.url}1`], browserPath, LIGHTHOUSE_RUNS)
      }
    }
    finally {
      await browser.close()
      await deckServer.close()
      await refServer.close()
    }

    // 3. Show day: `npm run present` (it serves the project's dist/; a first run builds it when
    // stale, and is not counted), then the dev servers, one at a time.
    const present: PresentSample[] = []
    const devDeck: { cold?: DevSample, warm: DevSample[] } = { warm: [] }
    const devRef: { cold?: DevSample, warm: DevSample[] } = { warm: [] }
    if (PRESENT_RUNS || DEV_RUNS) {
      const showBrowser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS })
      try {
        if (PRESENT_RUNS) {
          log(`npm run present, ${PRESENT_RUNS}× (+1 warm-up)`)
          const warmUp = await measurePresent(showBrowser, await freePort())
          if (warmUp.built)
            log(`  dist/ was stale: the warm-up built it (${(warmUp.ms / 1000).toFixed(1)} s)`)
          for (let i = 0; i < PRESENT_RUNS; i++)
            present.push(await measurePresent(showBrowser, await freePort()))
        }
        if (DEV_RUNS) {
          // The deck as `npm run dev` starts it; the reference as Slidev starts any deck.
          const deck = { command: [process.execPath, join(ROOT, 'scripts/dev.ts')], entry: join(ROOT, 'slides.md') }
          const ref = { command: [SLIDEV], entry: join(refDir, 'slides.md') }
          log(`dev server: 1 cold start each (--force), then ${DEV_RUNS} warm each, alternating; the deck's walk every slide`)
          devDeck.cold = await measureDev(showBrowser, { ...deck, port: await freePort(), cold: true, walkSlides: slides })
          devRef.cold = await measureDev(showBrowser, { ...ref, port: await freePort(), cold: true })
          for (let i = 0; i < DEV_RUNS; i++) {
            devDeck.warm.push(await measureDev(showBrowser, { ...deck, port: await freePort(), cold: false, walkSlides: slides }))
            devRef.warm.push(await measureDev(showBrowser, { ...ref, port: await freePort(), cold: false }))
          }
        }
      }
      finally {
        await showBrowser.close()
      }
    }

    // 4. PDF exports, after the loads so they do not compete for the two cores.
    let deckPdf: PdfResult | undefined
    let refPdf: PdfResult | undefined
    let handout: Awaited<ReturnType<typeof exportHandout>> | undefined
    let exports: ExportsResult | undefined
    if (!opts['no-export']) {
      log('exporting the deck (npm run export)')
      deckPdf = await exportDeck(slides, join(work, 'slides.pdf'))
      log('exporting the reference (slidev export)')
      refPdf = await exportReference(join(refDir, 'slides.md'), join(refDir, 'reference.pdf'), browserPath)
      log('exporting the handout (npm run export:handout)')
      handout = await exportHandout(deckDist, join(work, 'handout.pdf'), slides)
      log('npm run export:all, then the three exports one by one')
      exports = await measureExports(work)
      if (exports.error)
        console.warn(`[bench] ${exports.error}`)
      for (const r of [deckPdf, refPdf, handout].filter(r => r?.error && (r as { available?: boolean }).available !== false))
        console.warn(`[bench] ${r!.error}`)
      for (const [name, r] of [['deck', deckPdf], ['reference', refPdf]] as const) {
        if (r.retriedAfter)
          console.warn(`[bench] ${name} export was retried: the first attempt took ${r.retriedAfter.seconds.toFixed(1)} s and ${r.retriedAfter.why.replace(/^.*?(failed|printed)/, '$1')}`)
      }
    }

    report({ deckBuild, refBuild, slides, deckLoads, refLoads, deckPdf, refPdf, handout, exports, lighthouse, present, devDeck, devRef, browserVersion: await chromiumVersion(browserPath) })
  }
  finally {
    cleanup()
  }
}

async function chromiumVersion(path: string): Promise<string> {
  const run = await timed(path, ['--version'], { timeoutMs: 10_000 })
  return run.tail.split('\n').find(l => /chrom/i.test(l))?.trim() ?? path
}

interface Summary {
  firstSlideMs: { samples: number[], median: number, min: number, max: number }
  wallMs: { median: number }
  requests: number
  bytes: LoadSample['bytes']
  errors: string[]
  external: string[]
  urls: string[]
  walk?: { slides: number, totalMsMedian: number, perSlideMsMedian: number }
}

function summarise(loads: LoadSample[]): Summary {
  // Bytes and requests are the same on every load of a static build; report the median anyway.
  const first = loads[0]!
  const bytes = Object.fromEntries(Object.keys(first.bytes).map(k => [k, {
    raw: median(loads.map(l => l.bytes[k as keyof LoadSample['bytes']].raw)),
    gzip: median(loads.map(l => l.bytes[k as keyof LoadSample['bytes']].gzip)),
  }])) as LoadSample['bytes']
  const walks = loads.map(l => l.walk).filter(w => w !== undefined)
  return {
    firstSlideMs: {
      samples: loads.map(l => Math.round(l.firstSlideMs)),
      median: median(loads.map(l => l.firstSlideMs)),
      min: min(loads.map(l => l.firstSlideMs)),
      max: max(loads.map(l => l.firstSlideMs)),
    },
    wallMs: { median: median(loads.map(l => l.wallMs)) },
    requests: median(loads.map(l => l.requests)),
    bytes,
    errors: [...new Set(loads.flatMap(l => l.errors))],
    external: [...new Set(loads.flatMap(l => l.external))],
    urls: first.urls,
    walk: walks.length
      ? {
          slides: walks[0]!.slides,
          totalMsMedian: median(walks.map(w => w.totalMs)),
          perSlideMsMedian: median(walks.flatMap(w => w.stepsMs)),
        }
      : undefined,
  }
}

interface ReportInput {
  deckBuild: { seconds: number, cpuSeconds?: number }
  refBuild: { seconds: number, cpuSeconds?: number }
  slides: number
  deckLoads: LoadSample[]
  refLoads: LoadSample[]
  deckPdf?: PdfResult
  refPdf?: PdfResult
  handout?: PdfResult & { available: boolean }
  exports?: ExportsResult
  /** Deck, then reference. */
  lighthouse?: LighthouseSummary[]
  present: PresentSample[]
  devDeck: { cold?: DevSample, warm: DevSample[] }
  devRef: { cold?: DevSample, warm: DevSample[] }
  browserVersion: string
}

/** The dev-server figures of one deck: the cold start, and the median of the warm ones. */
function summariseDev(dev: { cold?: DevSample, warm: DevSample[] }) {
  const pick = (f: (s: DevSample) => number) => dev.warm.length ? median(dev.warm.map(f)) : undefined
  // The slowest first visit of any slide, per warm start; its median over the starts, and the worst.
  const slowest = dev.warm.map(s => s.visitsMs.length ? Math.max(...s.visitsMs) : Number.NaN)
  return {
    cold: dev.cold && { readyMs: dev.cold.readyMs, firstSlideMs: dev.cold.firstSlideMs, commandToSlideMs: dev.cold.commandToSlideMs, slowestVisitMs: dev.cold.visitsMs.length ? Math.max(...dev.cold.visitsMs) : undefined, pageLoads: dev.cold.pageLoads },
    warm: {
      readyMs: pick(s => s.readyMs),
      firstSlideMs: pick(s => s.firstSlideMs),
      commandToSlideMs: pick(s => s.commandToSlideMs),
      slowestVisitMs: slowest.some(Number.isFinite) ? median(slowest) : undefined,
      slowestVisitMsWorst: slowest.some(Number.isFinite) ? max(slowest) : undefined,
      /** Which slide was slowest, per warm start (1-based slide numbers). */
      slowestSlides: dev.warm.map(s => s.visitsMs.length ? s.visitsMs.indexOf(Math.max(...s.visitsMs)) + 2 : undefined),
      samples: dev.warm.map(s => ({ readyMs: Math.round(s.readyMs), firstSlideMs: Math.round(s.firstSlideMs), visitsMs: s.visitsMs.map(Math.round), pageLoads: s.pageLoads })),
    },
    errors: [...new Set([dev.cold, ...dev.warm].flatMap(s => s?.errors ?? []))],
  }
}

function report(input: ReportInput) {
  const { deckBuild, refBuild, slides, deckPdf, refPdf, handout } = input
  const deck = summarise(input.deckLoads)
  const ref = summarise(input.refLoads)
  const perPage = (pdf: PdfResult | undefined, what: 'seconds' | 'bytes') =>
    pdf?.ok && pdf.pages ? (what === 'seconds' ? pdf.seconds : pdf.bytes!) / pdf.pages : undefined
  const exportNote = (pdf: PdfResult | undefined) => pdf === undefined ? 'skipped' : pdf.ok ? undefined : 'failed'
  const handoutNote = handout === undefined ? 'skipped' : !handout.available ? 'n/a (not available)' : handout.ok ? undefined : 'failed'

  const [lhDeck, lhRef] = input.lighthouse ?? []
  const lhNote = input.lighthouse ? undefined : 'skipped'
  const presentMs = input.present.length ? median(input.present.map(p => p.ms)) : undefined
  const devD = summariseDev(input.devDeck)
  const devR = summariseDev(input.devRef)
  const devNote = input.devDeck.warm.length ? undefined : 'skipped'

  const rows: Row[] = [
    { label: 'build', deck: deckBuild.seconds, reference: refBuild.seconds, unit: 's' },
    { label: 'build, CPU (user + sys)', deck: deckBuild.cpuSeconds, reference: refBuild.cpuSeconds, unit: 's' },
    { label: 'first load: JS gzip', deck: kB(deck.bytes.js.gzip), reference: kB(ref.bytes.js.gzip), unit: 'kB' },
    { label: 'first load: all gzip', deck: kB(deck.bytes.all.gzip), reference: kB(ref.bytes.all.gzip), unit: 'kB' },
    { label: 'first load: JS raw', deck: kB(deck.bytes.js.raw), reference: kB(ref.bytes.js.raw), unit: 'kB' },
    { label: 'first load: all raw', deck: kB(deck.bytes.all.raw), reference: kB(ref.bytes.all.raw), unit: 'kB' },
    { label: 'first load: requests', deck: deck.requests, reference: ref.requests, unit: '', digits: 0 },
    { label: `first slide, median of ${input.deckLoads.length}`, deck: deck.firstSlideMs.median, reference: ref.firstSlideMs.median, unit: 'ms', digits: 0 },
    { label: 'first slide, wall clock median', deck: deck.wallMs.median, reference: ref.wallMs.median, unit: 'ms', digits: 0 },
    { label: `walk: per slide, median (${slides} slides)`, deck: deck.walk?.perSlideMsMedian, reference: undefined, unit: 'ms', digits: 0, referenceNote: 'n/a (1 slide)' },
    { label: 'walk: all slides, median', deck: deck.walk?.totalMsMedian, reference: undefined, unit: 'ms', digits: 0, referenceNote: 'n/a (1 slide)' },
    { label: 'PDF export: total', deck: deckPdf?.seconds, reference: refPdf?.seconds, unit: 's', deckNote: exportNote(deckPdf), referenceNote: exportNote(refPdf) },
    { label: 'PDF export: CPU (user + sys)', deck: deckPdf?.cpuSeconds, reference: refPdf?.cpuSeconds, unit: 's', deckNote: exportNote(deckPdf), referenceNote: exportNote(refPdf) },
    { label: 'PDF export: per slide', deck: perPage(deckPdf, 'seconds'), reference: perPage(refPdf, 'seconds'), unit: 's', digits: 2, deckNote: exportNote(deckPdf), referenceNote: exportNote(refPdf) },
    { label: 'PDF: pages', deck: deckPdf?.pages, reference: refPdf?.pages, unit: '', digits: 0, deckNote: exportNote(deckPdf), referenceNote: exportNote(refPdf) },
    { label: 'PDF: size per slide', deck: kB(perPage(deckPdf, 'bytes') ?? Number.NaN), reference: kB(perPage(refPdf, 'bytes') ?? Number.NaN), unit: 'kB', deckNote: exportNote(deckPdf), referenceNote: exportNote(refPdf) },
    { label: 'handout export (reuses the build)', deck: handout?.seconds, reference: undefined, unit: 's', deckNote: handoutNote, referenceNote: 'n/a (deck only)' },
    { label: 'handout: pages, size', deck: handout?.pages, reference: undefined, unit: '', digits: 0, deckNote: handout?.ok ? `${handout.pages} pages, ${kB(handout.bytes!).toFixed(0)} kB` : handoutNote, referenceNote: 'n/a (deck only)' },
    ...exportRows(input.exports ?? {}),
    { label: `Lighthouse mobile: performance, median of ${LIGHTHOUSE_RUNS}`, deck: lhDeck?.score, reference: lhRef?.score, unit: '', digits: 0, deckNote: lhNote, referenceNote: lhNote },
    { label: 'Lighthouse mobile: largest paint', deck: lhDeck?.lcpMs, reference: lhRef?.lcpMs, unit: 'ms', digits: 0, deckNote: lhNote, referenceNote: lhNote },
    { label: 'Lighthouse mobile: bytes transferred', deck: kB(lhDeck?.bytes ?? Number.NaN), reference: kB(lhRef?.bytes ?? Number.NaN), unit: 'kB', deckNote: lhNote, referenceNote: lhNote },
    { label: `present: command to first slide, median of ${input.present.length}`, deck: presentMs, reference: undefined, unit: 'ms', digits: 0, deckNote: input.present.length ? undefined : 'skipped', referenceNote: 'n/a (deck only)' },
    { label: 'dev, cold cache: command to ready', deck: devD.cold?.readyMs, reference: devR.cold?.readyMs, unit: 'ms', digits: 0, deckNote: devNote, referenceNote: devNote },
    { label: 'dev, cold cache: ready to first slide', deck: devD.cold?.firstSlideMs, reference: devR.cold?.firstSlideMs, unit: 'ms', digits: 0, deckNote: devNote, referenceNote: devNote },
    { label: 'dev, cold cache: command to first slide', deck: devD.cold?.commandToSlideMs, reference: devR.cold?.commandToSlideMs, unit: 'ms', digits: 0, deckNote: devNote, referenceNote: devNote },
    { label: `dev, warm cache: command to ready, median of ${input.devDeck.warm.length}`, deck: devD.warm.readyMs, reference: devR.warm.readyMs, unit: 'ms', digits: 0, deckNote: devNote, referenceNote: devNote },
    { label: 'dev, warm cache: ready to first slide', deck: devD.warm.firstSlideMs, reference: devR.warm.firstSlideMs, unit: 'ms', digits: 0, deckNote: devNote, referenceNote: devNote },
    { label: 'dev, warm cache: command to first slide', deck: devD.warm.commandToSlideMs, reference: devR.warm.commandToSlideMs, unit: 'ms', digits: 0, deckNote: devNote, referenceNote: devNote },
    { label: 'dev, warm: slowest first visit of a slide', deck: devD.warm.slowestVisitMs, reference: undefined, unit: 'ms', digits: 0, deckNote: devNote, referenceNote: 'n/a (1 slide)' },
  ]

  function devBudget(label: string, deckMs: number | undefined, refMs: number | undefined): Budget {
    const r = ratio(deckMs, refMs)
    return { label, limit: `≤ ${BUDGET.devFirstSlideRatio}× reference`, actual: Number.isFinite(r) ? `${r.toFixed(2)}× (${deckMs!.toFixed(0)} / ${refMs!.toFixed(0)} ms)` : 'not measured', pass: Number.isFinite(r) ? r <= BUDGET.devFirstSlideRatio : undefined }
  }

  const jsRatio = ratio(deck.bytes.js.gzip, ref.bytes.js.gzip)
  const slideRatio = ratio(deck.firstSlideMs.median, ref.firstSlideMs.median)
  const pdfSec = perPage(deckPdf, 'seconds')
  const pdfBytes = perPage(deckPdf, 'bytes')
  const fontsOk = deckPdf?.notEmbedded === undefined || deckPdf.notEmbedded.length === 0
  const fontNames = deckPdf?.fontNames ?? []
  const budgets: Budget[] = [
    { label: 'first-load JS gzip', limit: `≤ ${BUDGET.jsRatio}× reference`, actual: `${jsRatio.toFixed(2)}× (${kB(deck.bytes.js.gzip).toFixed(1)} / ${kB(ref.bytes.js.gzip).toFixed(1)} kB)`, pass: jsRatio <= BUDGET.jsRatio },
    { label: 'median time to first slide', limit: `≤ ${BUDGET.firstSlideRatio}× reference`, actual: `${slideRatio.toFixed(2)}× (${deck.firstSlideMs.median.toFixed(0)} / ${ref.firstSlideMs.median.toFixed(0)} ms)`, pass: slideRatio <= BUDGET.firstSlideRatio },
    { label: 'PDF export per slide', limit: `≤ ${BUDGET.pdfSecondsPerSlide} s`, actual: pdfSec === undefined ? 'not measured' : `${pdfSec.toFixed(2)} s`, pass: pdfSec === undefined ? undefined : pdfSec <= BUDGET.pdfSecondsPerSlide },
    { label: 'slide PDF per slide (fonts embedded)', limit: `≤ ${kB(BUDGET.pdfBytesPerSlide)} kB`, actual: pdfBytes === undefined ? 'not measured' : `${kB(pdfBytes).toFixed(1)} kB${fontsOk ? `, fonts embedded${fontNames.length ? `: ${fontNames.join(', ')}` : ''}` : `, NOT embedded: ${deckPdf!.notEmbedded!.join(', ')}`}`, pass: pdfBytes === undefined ? undefined : pdfBytes <= BUDGET.pdfBytesPerSlide && fontsOk },
    { label: 'deck build', limit: `≤ ${BUDGET.buildSeconds} s`, actual: `${deckBuild.seconds.toFixed(1)} s`, pass: deckBuild.seconds <= BUDGET.buildSeconds },
    ...exportBudgets(input.exports ?? {}),
    { label: 'present: command to first slide', limit: `≤ ${BUDGET.presentMs} ms`, actual: presentMs === undefined ? 'not measured' : `${presentMs.toFixed(0)} ms`, pass: presentMs === undefined ? undefined : presentMs <= BUDGET.presentMs },
    devBudget('dev, cold: command to first slide', devD.cold?.commandToSlideMs, devR.cold?.commandToSlideMs),
    devBudget('dev, warm: command to first slide', devD.warm.commandToSlideMs, devR.warm.commandToSlideMs),
    { label: 'dev, warm: slowest first visit', limit: `≤ ${BUDGET.devVisitMs} ms`, actual: devD.warm.slowestVisitMs === undefined ? 'not measured' : `${devD.warm.slowestVisitMs.toFixed(0)} ms (median over starts; worst ${devD.warm.slowestVisitMsWorst!.toFixed(0)} ms, slides ${devD.warm.slowestSlides.join(', ')})`, pass: devD.warm.slowestVisitMs === undefined ? undefined : devD.warm.slowestVisitMs <= BUDGET.devVisitMs },
    { label: 'Lighthouse mobile performance', limit: `≥ ${BUDGET.lighthouseScoreRatio}× reference`, actual: lhDeck && lhRef ? `${lhDeck.score} / ${lhRef.score} (samples ${lhDeck.samples.map(x => x.score).join(', ')} / ${lhRef.samples.map(x => x.score).join(', ')})` : 'not measured', pass: lhDeck && lhRef ? lhDeck.score >= lhRef.score * BUDGET.lighthouseScoreRatio : undefined },
  ]

  console.log('')
  console.log(table(rows))
  console.log('')
  console.log(budgetLines(budgets))
  if (opts.verbose) {
    for (const [name, s] of [['deck', deck], ['reference', ref]] as const)
      console.log(`\n${name}: ${s.urls.length} requests before the first slide\n  ${s.urls.join('\n  ')}`)
  }
  for (const [name, s] of [['deck', deck], ['reference', ref]] as const) {
    if (s.external.length)
      console.warn(`[bench] ${name} tried to leave loopback: ${s.external.join(', ')}`)
    if (s.errors.length)
      console.warn(`[bench] ${name} console errors: ${s.errors.slice(0, 5).join(' | ')}`)
  }

  const slidevVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/@slidev/cli/package.json'), 'utf8')).version
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 1e9),
      platform: `${platform()} ${release()}`,
      node: process.version,
      chromium: input.browserVersion,
      slidev: slidevVersion,
      // Other work on the machine skews the timings; the 1-minute load average says how busy it was.
      loadAverage1m: { start: +loadAtStart[0]!.toFixed(2), end: +loadavg()[0]!.toFixed(2) },
    },
    method: {
      runs: input.deckLoads.length,
      order: 'one warm-up each, then deck, reference, deck, reference, …; a fresh browser context (empty cache) per load',
      firstSlide: 'performance.now() when .slidev-page-1 is first visible with text (polled every animation frame)',
      cutoff: 'requests are those whose startTime ≤ the first-slide time, plus the document',
      gzip: 'zlib level 6 of each response body, whatever the server sent; kB = 1000 bytes',
      walk: 'ArrowDown (next slide) until slide n is visible with text, n = 2 … last',
      export: 'deck: npm run export; reference: slidev export --executable-path <chromium> with the same flags',
      reference: 'one slide, default theme, headmatter fonts: { provider: none } only',
      lighthouse: 'Lighthouse defaults (mobile preset, simulated throttling), performance only, on /1 of each build served gzipped by scripts/serve.ts; one headless Chromium session (chrome-launcher), decks alternating; medians',
      present: 'npm run present -- --port <free>: from spawning it to .slidev-page-1 .slidev-layout visible in a fresh context on the printed address; one discarded warm-up (which builds dist/ when stale)',
      dev: 'the deck: node scripts/dev.ts <slides.md> --port <free> --open false (what npm run dev runs); the reference: slidev <slides.md> with the same options: ready = its address lines printed; first slide = navigation to /1 right after ready until slide 1 layout visible; visits = ArrowDown from slide n-1 until slide n layout visible, straight on; cold = --force (Vite re-bundles dependencies)',
    },
    deck: { build: deckBuild.seconds, buildCpu: deckBuild.cpuSeconds, slides, load: deck, pdf: deckPdf, handout, exports: input.exports, lighthouse: lhDeck, present: input.present, dev: devD },
    reference: { build: refBuild.seconds, buildCpu: refBuild.cpuSeconds, slides: 1, load: ref, pdf: refPdf, lighthouse: lhRef, dev: devR },
    ratios: Object.fromEntries(rows.map(r => [r.label, ratio(r.deck, r.reference)]).filter(([, v]) => Number.isFinite(v))),
    budgets,
    benchSeconds: (performance.now() - benchStart) / 1000,
  }
  mkdirSync(join(ROOT, 'bench'), { recursive: true })
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\n[bench] wrote bench/results.json in ${results.benchSeconds.toFixed(0)} s total; ${cpus().length} cpus, load average ${results.machine.loadAverage1m.start} → ${results.machine.loadAverage1m.end} (above ${cpus().length}, other work was competing for the cpus and the timings are inflated)`)
}

main().catch((e) => {
  console.error(`\n[bench] ${e instanceof Error ? e.message : e}`)
  process.exit(1)
})
