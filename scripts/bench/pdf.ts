// PDF exports, timed: the deck through its own `npm run export` (exports/slides.pdf), the
// reference through `slidev export` with the same flags, and the handout when it exists.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fonts, pageCount } from '../../tests/support/pdf.ts'
import { ROOT, SLIDEV, timed } from './run.ts'

export interface PdfResult {
  ok: boolean
  seconds: number
  file?: string
  bytes?: number
  pages?: number
  /** Fonts in the PDF that are not embedded (should be none). */
  notEmbedded?: string[]
  error?: string
}

/** The flags scripts/export-slides.ts gives `slidev export`, so both decks export alike. */
export const EXPORT_FLAGS = ['--with-toc', '--wait-until', 'networkidle', '--wait', '300', '--timeout', '60000']

function describePdf(file: string, fallbackPages: number): Pick<PdfResult, 'bytes' | 'pages' | 'notEmbedded'> {
  const bytes = statSync(file).size
  let pages = fallbackPages
  let notEmbedded: string[] | undefined
  try {
    pages = pageCount(file)
    notEmbedded = fonts(file).filter(f => !f.embedded).map(f => f.name)
  }
  catch {} // no poppler: count the slides instead, and do not judge the fonts
  return { bytes, pages, notEmbedded }
}

/** `npm run export` → exports/slides.pdf. */
export async function exportDeck(expectedPages: number): Promise<PdfResult> {
  const file = join(ROOT, 'exports/slides.pdf')
  const before = existsSync(file) ? statSync(file).mtimeMs : 0
  const run = await timed('npm', ['run', 'export'], { timeoutMs: 240_000 })
  if (!run.ok || !existsSync(file) || statSync(file).mtimeMs === before)
    return { ok: false, seconds: run.seconds, error: `npm run export failed (exit ${run.code}):\n${run.tail}` }
  return { ok: true, seconds: run.seconds, file, ...describePdf(file, expectedPages) }
}

/** `slidev export <entry> --executable-path <chromium>` with the deck's export flags. */
export async function exportReference(entry: string, output: string, browser: string): Promise<PdfResult> {
  const run = await timed(SLIDEV, ['export', entry, '--executable-path', browser, '--output', output, ...EXPORT_FLAGS], { timeoutMs: 180_000 })
  if (!run.ok || !existsSync(output))
    return { ok: false, seconds: run.seconds, error: `slidev export (reference) failed (exit ${run.code}):\n${run.tail}` }
  return { ok: true, seconds: run.seconds, file: output, ...describePdf(output, 1) }
}

/**
 * `npm run export:handout`, if package.json has it (it is being written in parallel). It is given
 * the bench's own build (--dist) and a temporary --output, so the time is the handout's own work
 * (the build is the "build" row) and exports/handout.pdf is left alone.
 */
export async function exportHandout(dist: string, output: string, expectedPages: number): Promise<PdfResult & { available: boolean }> {
  const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts ?? {}
  if (!scripts['export:handout'])
    return { available: false, ok: false, seconds: Number.NaN, error: 'not available (no export:handout script in package.json)' }
  const run = await timed('npm', ['run', 'export:handout', '--', '--dist', dist, '--output', output], { timeoutMs: 240_000 })
  if (!run.ok || !existsSync(output))
    return { available: true, ok: false, seconds: run.seconds, error: `npm run export:handout failed (exit ${run.code}):\n${run.tail}` }
  return { available: true, ok: true, seconds: run.seconds, file: output, ...describePdf(output, expectedPages) }
}
