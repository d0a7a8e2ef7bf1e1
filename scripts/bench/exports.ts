// Bench rows for the PDF exports as a whole: `npm run export:all` (one build, one browser, one
// loaded deck for all three PDFs) against the three exports run one after another the way a
// user would without it (each builds the deck itself), and the handout's size per page against
// the slide PDF's, both from the export:all run.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import type { Budget, Row } from './report.ts'
import { timed } from './run.ts'

export interface ExportsResult {
  allSeconds?: number
  /** export + export:handout + export:notes, one after another, each with its own build. */
  oneByOneSeconds?: number
  handoutBytesPerPage?: number
  slidesBytesPerPage?: number
  error?: string
}

/** The handout budget from issue 14: at most 25 kB a page on average. */
export const HANDOUT_KB_PER_PAGE = 25

async function perPage(file: string): Promise<number> {
  const bytes = readFileSync(file)
  return bytes.length / (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount()
}

export async function measureExports(work: string): Promise<ExportsResult> {
  const all = await timed('npm', ['run', 'export:all', '--', '--out-dir', join(work, 'all')], { timeoutMs: 600_000 })
  if (!all.ok)
    return { error: `npm run export:all failed (exit ${all.code}):\n${all.tail}` }
  const result: ExportsResult = {
    allSeconds: all.seconds,
    handoutBytesPerPage: await perPage(join(work, 'all/handout.pdf')),
    slidesBytesPerPage: await perPage(join(work, 'all/slides.pdf')),
  }
  let total = 0
  for (const [script, file] of [['export', 'slides.pdf'], ['export:handout', 'handout.pdf'], ['export:notes', 'notes.pdf']] as const) {
    const run = await timed('npm', ['run', script, '--', '--output', join(work, 'one-by-one', file)], { timeoutMs: 600_000 })
    if (!run.ok)
      return { ...result, error: `npm run ${script} failed (exit ${run.code}):\n${run.tail}` }
    total += run.seconds
  }
  return { ...result, oneByOneSeconds: total }
}

export function exportRows(r: ExportsResult): Row[] {
  const note = r.error ? 'failed' : undefined
  return [
    { label: 'export:all vs the three exports one by one', deck: r.allSeconds, reference: r.oneByOneSeconds, unit: 's', deckNote: r.allSeconds === undefined ? note : undefined, referenceNote: r.oneByOneSeconds === undefined ? note : undefined },
    { label: 'handout size per page vs slide PDF', deck: r.handoutBytesPerPage && r.handoutBytesPerPage / 1000, reference: r.slidesBytesPerPage && r.slidesBytesPerPage / 1000, unit: 'kB', deckNote: r.handoutBytesPerPage === undefined ? note : undefined, referenceNote: r.slidesBytesPerPage === undefined ? note : undefined },
  ]
}

export function exportBudgets(r: ExportsResult): Budget[] {
  return [
    {
      label: 'handout size per page',
      limit: `≤ ${HANDOUT_KB_PER_PAGE} kB`,
      actual: r.handoutBytesPerPage === undefined ? 'not measured' : `${(r.handoutBytesPerPage / 1000).toFixed(1)} kB`,
      pass: r.handoutBytesPerPage === undefined ? undefined : r.handoutBytesPerPage / 1000 <= HANDOUT_KB_PER_PAGE,
    },
    {
      label: 'export:all faster than one by one',
      limit: '< 1.00× the three exports',
      actual: r.allSeconds === undefined || r.oneByOneSeconds === undefined ? 'not measured' : `${(r.allSeconds / r.oneByOneSeconds).toFixed(2)}× (${r.allSeconds.toFixed(1)} / ${r.oneByOneSeconds.toFixed(1)} s)`,
      pass: r.allSeconds === undefined || r.oneByOneSeconds === undefined ? undefined : r.allSeconds < r.oneByOneSeconds,
    },
  ]
}
