// `npm run bench`: how heavy and how fast this deck is, against Slidev's own floor.
//
// Builds this deck and a one-slide reference deck (scripts/bench/reference.ts) with the same
// installed Slidev, serves each dist/ on 127.0.0.1, loads each in headless Chromium several times
// (alternating deck, reference, deck, …, each in a fresh context), then exports both to PDF, and
// the handout when the project has one. Prints a table with deck/reference ratios and the budgets
// (PASS/FAIL), and writes bench/results.json. Exit code 0 whatever the budgets say: this is a
// benchmark, not a test. It exits 1 only when it cannot measure (a build fails, no browser).
//
// Options: --runs N (loads per deck, default 7), --walks N (of those, how many also walk every
//          slide, default 3), --no-export (skip the PDF exports),
//          --verbose (list what each first load requested), --keep (keep the temporary folders).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { serveDist } from './serve.ts'
import { loadDeck } from './deck.ts'
import { CHROMIUM_ARGS, findChromiumOrExit } from './browser.ts'
import { type LoadSample, measureLoad } from './bench/load.ts'
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
    'verbose': { type: 'boolean', default: false },
    'keep': { type: 'boolean', default: false },
  },
})
// Seven loads each: on two busy cores single loads vary by ±50 %, and the median of 7 holds still
// far better than the median of 5. Walking all slides takes longer than a load, so only 3 do it.
const RUNS = Math.max(1, Number(opts.runs) || 7)
const WALKS = Math.min(RUNS, Math.max(0, Number(opts.walks ?? 3)))

/** Budgets from the issue. */
const BUDGET = {
  jsRatio: 1.3,
  firstSlideRatio: 1.3,
  pdfSecondsPerSlide: 1.5,
  pdfBytesPerSlide: 120_000,
  buildSeconds: 20,
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
    try {
      log(`loading each ${RUNS}× (+1 warm-up), alternating; ${WALKS} of the deck's loads also walk its ${slides} slides`)
      await measureLoad(browser, { url: deckServer.url, dist: deckDist })
      await measureLoad(browser, { url: refServer.url, dist: refDist })
      for (let i = 0; i < RUNS; i++) {
        deckLoads.push(await measureLoad(browser, { url: deckServer.url, dist: deckDist, walkSlides: i < WALKS ? slides : 0 }))
        refLoads.push(await measureLoad(browser, { url: refServer.url, dist: refDist }))
      }
    }
    finally {
      await browser.close()
      await deckServer.close()
      await refServer.close()
    }

    // 3. PDF exports, after the loads so they do not compete for the two cores.
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

    report({ deckBuild, refBuild, slides, deckLoads, refLoads, deckPdf, refPdf, handout, exports, browserVersion: await chromiumVersion(browserPath) })
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
  browserVersion: string
}

function report(input: ReportInput) {
  const { deckBuild, refBuild, slides, deckPdf, refPdf, handout } = input
  const deck = summarise(input.deckLoads)
  const ref = summarise(input.refLoads)
  const perPage = (pdf: PdfResult | undefined, what: 'seconds' | 'bytes') =>
    pdf?.ok && pdf.pages ? (what === 'seconds' ? pdf.seconds : pdf.bytes!) / pdf.pages : undefined
  const exportNote = (pdf: PdfResult | undefined) => pdf === undefined ? 'skipped' : pdf.ok ? undefined : 'failed'
  const handoutNote = handout === undefined ? 'skipped' : !handout.available ? 'n/a (not available)' : handout.ok ? undefined : 'failed'

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
  ]

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
    },
    deck: { build: deckBuild.seconds, buildCpu: deckBuild.cpuSeconds, slides, load: deck, pdf: deckPdf, handout, exports: input.exports },
    reference: { build: refBuild.seconds, buildCpu: refBuild.cpuSeconds, slides: 1, load: ref, pdf: refPdf },
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
