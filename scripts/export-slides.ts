// `npm run export` → exports/slides.pdf: one page per slide in its final click state, vector
// text, tagged for screen readers (title, language, chart text alternatives), with an outline of
// slide titles. The deck is built into a temporary folder and printed by the Chromium that
// scripts/browser.ts finds (Slidev's own exporter writes untagged PDFs).
//
// Options: --output <file>, --dist <dir> (use an existing build of this deck at base "/"),
// --dark (the deck's dark theme).
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openExportSession } from './export/session.ts'
import { writeSlidesPdf } from './export/slides-pdf.ts'
import { runExport } from './export/run.ts'

export const SLIDES_PDF = 'exports/slides.pdf'

const { values: opts } = parseArgs({
  options: {
    output: { type: 'string' },
    dist: { type: 'string' },
    dark: { type: 'boolean', default: false },
  },
})

const root = process.cwd()
await runExport(async () => {
  const session = await openExportSession({ root, dist: opts.dist, dark: opts.dark })
  try {
    await writeSlidesPdf(await session.deck(), resolve(root, opts.output ?? SLIDES_PDF))
  }
  finally {
    await session.close()
  }
})
