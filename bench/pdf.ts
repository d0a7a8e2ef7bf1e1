// PDF exports, timed: the deck through its own `npm run export`, the reference through
// `slidev export`.
import type { Timed } from './run.ts'
import { existsSync, statSync } from 'node:fs'
import { readPdf } from '../tests/support/pdf.ts'
import { SLIDEV, timed } from './run.ts'

export interface PdfResult {
  ok: boolean
  seconds: number
  cpuSeconds?: number
  file?: string
  bytes?: number
  pages?: number
  /** Pages with no text at all (a page printed before its slide rendered). */
  blankPages?: number
  /** Fonts in the PDF that are not embedded (should be none). */
  notEmbedded?: string[]
  /** Font families embedded, subset prefixes and styles dropped (e.g. NunitoSans, FiraCode). */
  fontNames?: string[]
  /** Seconds of a first attempt that failed or printed blank pages, when there was a retry. */
  retriedAfter?: { seconds: number, why: string }
  error?: string
}

/** Flags for the reference's `slidev export` (Slidev's own exporter, which this deck used before it printed itself). */
const EXPORT_FLAGS = ['--with-toc', '--wait-until', 'networkidle', '--wait', '300', '--timeout', '60000']

async function describePdf(file: string, fallbackPages: number): Promise<Pick<PdfResult, 'bytes' | 'pages' | 'notEmbedded' | 'fontNames' | 'blankPages'>> {
  const bytes = statSync(file).size
  try {
    const pdf = await readPdf(file)
    return {
      bytes,
      pages: pdf.pages.length,
      blankPages: pdf.pages.filter(t => !t).length,
      notEmbedded: pdf.fonts.filter(f => !f.embedded).map(f => f.name),
      fontNames: [...new Set(pdf.fonts.filter(f => f.embedded && !f.type3).map(f => f.name.replace(/^[A-Z]{6}\+/, '').replace(/-.*$/, '').replace(/\d+pt.*$/, '')))],
    }
  }
  catch { // an unreadable PDF: count the slides instead, and do not judge the text or the fonts
    return { bytes, pages: fallbackPages }
  }
}

/**
 * Runs an export and checks its PDF: there, changed by this run, and with text on every page.
 * One retry when not: a cold Vite cache makes the dev server re-optimise and reload the page
 * mid-export, which times out or prints blank pages. The retry's time is the one reported.
 */
async function exportChecked(run: () => Promise<Timed>, file: string, what: string, expectedPages: number): Promise<PdfResult> {
  let first: PdfResult['retriedAfter']
  for (let attempt = 1; ; attempt++) {
    const before = existsSync(file) ? statSync(file).mtimeMs : 0
    const r = await run()
    let why: string | undefined
    let result: PdfResult | undefined
    if (!r.ok || !existsSync(file) || statSync(file).mtimeMs === before) {
      why = `${what} failed (exit ${r.code}):\n${r.tail}`
    }
    else {
      result = { ok: true, seconds: r.seconds, cpuSeconds: r.cpuSeconds, file, ...await describePdf(file, expectedPages), retriedAfter: first }
      if (result.blankPages)
        why = `${what} printed ${result.blankPages} blank page(s)`
    }
    if (!why)
      return result!
    if (attempt === 2)
      return { ...(result ?? { seconds: r.seconds, cpuSeconds: r.cpuSeconds }), ok: false, error: why, retriedAfter: first }
    console.warn(`[bench] ${why.split('\n')[0]}; retrying once`)
    first = { seconds: r.seconds, why: why.split('\n')[0]! }
  }
}

/** `npm run export` of a given build into `output`: the export's own work, the build not counted. */
export function exportDeck(dist: string, output: string, expectedPages: number): Promise<PdfResult> {
  return exportChecked(() => timed('npm', ['run', 'export', '--', '--dist', dist, '--output', output], { timeoutMs: 240_000 }), output, 'npm run export', expectedPages)
}

/** `slidev export <entry> --executable-path <chromium>`: Slidev's own exporter, for the reference. */
export function exportReference(entry: string, output: string, browser: string): Promise<PdfResult> {
  return exportChecked(() => timed(SLIDEV, ['export', entry, '--executable-path', browser, '--output', output, ...EXPORT_FLAGS], { timeoutMs: 180_000 }), output, 'slidev export (reference)', 1)
}
