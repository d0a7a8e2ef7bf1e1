// `npm run bench`: what a user of the deck meets, against Slidev's own floor (a one-slide reference
// deck built by the same Slidev in the same run): the first load (bytes, requests, time to the
// first slide), the PDF export (time and size per page) and `npm run present` to the first slide.
// Prints a table with deck/reference ratios and the budgets, and writes bench/results.json. Exit 0
// whatever the budgets say (this is a benchmark, not a test); exit 1 only when it cannot measure.
// What each row means and the figures so far: bench/README.md. Options: --help.
import type { LoadSample } from './load.ts'
import type { PdfResult } from './pdf.ts'
import type { Budget, Row } from './report.ts'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium, LOOPBACK_ONLY } from '../lib/browser.ts'
import { parseCommand } from '../lib/command.ts'
import { loadDeck } from '../lib/deck.ts'
import { freePort, serveDist } from '../lib/serve.ts'
import { measureLoad } from './load.ts'
import { exportDeck, exportReference } from './pdf.ts'
import { measurePresent } from './present.ts'
import { makeReferenceDeck } from './reference.ts'
import { budgetLines, table } from './report.ts'
import { ROOT, SLIDEV, timed } from './run.ts'
import { median } from './stats.ts'

const USAGE = `Usage: npm run bench [-- options]

Builds the deck and a one-slide reference deck, then measures both: the first load (bytes,
requests, time to the first slide), the PDF export and \`npm run present\` to the first slide.
Prints a table of deck/reference ratios and writes bench/results.json (bench/README.md).
  --runs <n>          loads per deck, alternating (default 7)
  --no-export         skip the PDF export
  --present-runs <n>  runs of \`npm run present\` (default 3; 0 skips)
  --keep              keep the temporary folders
  --help              this text`

const { values: opts } = parseCommand({
  options: {
    'runs': { type: 'string', default: '7' },
    'no-export': { type: 'boolean', default: false },
    'present-runs': { type: 'string', default: '3' },
    'keep': { type: 'boolean', default: false },
    'help': { type: 'boolean', short: 'h', default: false },
  },
}, USAGE)
// Seven loads each: on two busy cores single loads vary by ±50 %, and a median of 7 holds still.
const RUNS = Math.max(1, Number(opts.runs) || 7)
const PRESENT_RUNS = Math.max(0, Number(opts['present-runs']) || 0)

const BUDGET = { jsRatio: 1.3, firstSlideRatio: 1.3, pdfSecondsPerPage: 1.5, pdfBytesPerPage: 120_000, presentMs: 2000 }
const log = (s: string) => console.log(`[bench] ${s}`)
const load = loadavg()[0]!

const browserPath = findChromium()
const work = mkdtempSync(join(tmpdir(), 'slidev-bench-'))
const refDir = makeReferenceDeck()
const deckDist = join(work, 'deck-dist')
const refDist = join(refDir, 'dist')
try {
  log('building the deck and the reference, one after the other')
  const deckBuild = await timed(SLIDEV, ['build', 'slides.md', '--out', deckDist])
  const refBuild = await timed(SLIDEV, ['build', join(refDir, 'slides.md'), '--out', refDist])
  if (!deckBuild.ok || !refBuild.ok || !existsSync(join(deckDist, 'index.html')))
    throw new Error(`a build failed:\n${deckBuild.tail}\n${refBuild.tail}`)
  const slides = (await loadDeck(ROOT)).length

  // Loads, alternating deck and reference after one warm-up each, each in a fresh context. Host
  // names other than 127.0.0.1 resolve to nothing: the reference's favicon is on a CDN.
  const browser = await chromium.launch({ executablePath: browserPath, args: [...CHROMIUM_ARGS, LOOPBACK_ONLY] })
  const deckServer = await serveDist(deckDist)
  const refServer = await serveDist(refDist)
  const deckLoads: LoadSample[] = []
  const refLoads: LoadSample[] = []
  try {
    log(`loading each ${RUNS}× (+1 warm-up), alternating`)
    await measureLoad(browser, { url: deckServer.url, dist: deckDist })
    await measureLoad(browser, { url: refServer.url, dist: refDist })
    for (let i = 0; i < RUNS; i++) {
      deckLoads.push(await measureLoad(browser, { url: deckServer.url, dist: deckDist }))
      refLoads.push(await measureLoad(browser, { url: refServer.url, dist: refDist }))
    }
  }
  finally {
    await deckServer.close()
    await refServer.close()
  }

  const present: number[] = []
  if (PRESENT_RUNS) {
    log(`npm run present, ${PRESENT_RUNS}× (+1 warm-up, which builds dist/ when it is stale)`)
    await measurePresent(browser, await freePort())
    for (let i = 0; i < PRESENT_RUNS; i++)
      present.push((await measurePresent(browser, await freePort())).ms)
  }
  await browser.close()

  let deckPdf: PdfResult | undefined
  let refPdf: PdfResult | undefined
  if (!opts['no-export']) {
    log('exporting: the deck (npm run export of the bench\'s build), then the reference (slidev export)')
    deckPdf = await exportDeck(deckDist, join(work, 'slides.pdf'), slides)
    refPdf = await exportReference(join(refDir, 'slides.md'), join(refDir, 'reference.pdf'), browserPath)
  }

  const med = (loads: LoadSample[], f: (l: LoadSample) => number) => median(loads.map(f))
  const perPage = (pdf: PdfResult | undefined, f: (p: PdfResult) => number) => pdf?.ok && pdf.pages ? f(pdf) / pdf.pages : undefined
  const rows: Row[] = [
    { label: 'first load: JS gzip', deck: med(deckLoads, l => l.bytes.js.gzip) / 1000, reference: med(refLoads, l => l.bytes.js.gzip) / 1000, unit: 'kB' },
    { label: 'first load: all gzip', deck: med(deckLoads, l => l.bytes.all.gzip) / 1000, reference: med(refLoads, l => l.bytes.all.gzip) / 1000, unit: 'kB' },
    { label: 'first load: requests', deck: med(deckLoads, l => l.requests), reference: med(refLoads, l => l.requests), unit: '', digits: 0 },
    { label: `first slide, median of ${RUNS}`, deck: med(deckLoads, l => l.firstSlideMs), reference: med(refLoads, l => l.firstSlideMs), unit: 'ms', digits: 0 },
    { label: 'PDF export, per page', deck: perPage(deckPdf, p => p.seconds), reference: perPage(refPdf, p => p.seconds), unit: 's', digits: 2 },
    { label: 'PDF size, per page', deck: perPage(deckPdf, p => p.bytes!) && perPage(deckPdf, p => p.bytes!)! / 1000, reference: perPage(refPdf, p => p.bytes!) && perPage(refPdf, p => p.bytes!)! / 1000, unit: 'kB' },
    { label: `present: command to first slide, median of ${present.length}`, deck: present.length ? median(present) : undefined, reference: undefined, unit: 'ms', digits: 0, referenceNote: 'n/a (deck only)' },
  ]
  const ratioOf = (r: Row) => r.deck !== undefined && r.reference ? r.deck / r.reference : Number.NaN
  const budgets: Budget[] = [
    { label: 'first-load JS gzip', limit: `≤ ${BUDGET.jsRatio}× reference`, actual: `${ratioOf(rows[0]!).toFixed(2)}×`, pass: ratioOf(rows[0]!) <= BUDGET.jsRatio },
    { label: 'time to first slide', limit: `≤ ${BUDGET.firstSlideRatio}× reference`, actual: `${ratioOf(rows[3]!).toFixed(2)}×`, pass: ratioOf(rows[3]!) <= BUDGET.firstSlideRatio },
    { label: 'PDF export per page', limit: `≤ ${BUDGET.pdfSecondsPerPage} s`, actual: rows[4]!.deck === undefined ? 'not measured' : `${rows[4]!.deck.toFixed(2)} s`, pass: rows[4]!.deck === undefined ? undefined : rows[4]!.deck <= BUDGET.pdfSecondsPerPage },
    { label: 'PDF size per page', limit: `≤ ${BUDGET.pdfBytesPerPage / 1000} kB`, actual: rows[5]!.deck === undefined ? 'not measured' : `${rows[5]!.deck.toFixed(1)} kB`, pass: rows[5]!.deck === undefined ? undefined : rows[5]!.deck * 1000 <= BUDGET.pdfBytesPerPage },
    { label: 'present: command to first slide', limit: `≤ ${BUDGET.presentMs} ms`, actual: present.length ? `${Math.round(median(present))} ms` : 'not measured', pass: present.length ? median(present) <= BUDGET.presentMs : undefined },
  ]
  console.log(`\n${table(rows)}\n\n${budgetLines(budgets)}\n`)
  for (const [name, loads] of [['deck', deckLoads], ['reference', refLoads]] as const) {
    const errors = [...new Set(loads.flatMap(l => l.errors))]
    if (errors.length)
      log(`${name}: console errors: ${errors.join('; ')}`)
  }
  const loadNow = loadavg()[0]!
  log(`${cpus().length} cpus, load average ${load.toFixed(2)} → ${loadNow.toFixed(2)}${Math.max(load, loadNow) > cpus().length ? ' (other work competed for the cpus: times are inflated, ratios less so)' : ''}`)
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), load: [load, loadNow], rows, budgets, present, deckLoads: deckLoads.map(l => ({ firstSlideMs: l.firstSlideMs, requests: l.requests, bytes: l.bytes })), refLoads: refLoads.map(l => ({ firstSlideMs: l.firstSlideMs, requests: l.requests, bytes: l.bytes })) }, null, 2)}\n`)
  log('wrote bench/results.json')
}
catch (e) {
  console.error(`[bench] cannot measure: ${(e as Error).message}`)
  process.exitCode = 1
}
finally {
  if (!opts.keep) {
    rmSync(work, { recursive: true, force: true })
    rmSync(refDist, { recursive: true, force: true })
  }
}
