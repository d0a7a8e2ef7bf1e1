// `npm run export:all`: the slide PDF, the audience handout and the speaker notes from one build,
// one server, one browser and one loaded deck (exports/slides.pdf, handout.pdf, notes.pdf), then
// the total time.
//
// Options: --dist <dir> (use an existing build of this deck at base "/"), --out-dir <dir>
// (instead of exports/).
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openExportSession } from './export/session.ts'
import { runExport } from './export/run.ts'
import { writeSlidesPdf } from './export/slides-pdf.ts'

const { values: opts } = parseArgs({ options: { 'dist': { type: 'string' }, 'out-dir': { type: 'string', default: 'exports' } } })

const root = process.cwd()
await runExport(async () => {
  // Imported here, not at the top: the data modules validate on import, and a bad record should
  // end the export with its message (record and field), not with a stack trace.
  const { writeHandoutPdf } = await import('./handout/print.ts')
  const session = await openExportSession({ root, dist: opts.dist })
  try {
    const deck = await session.deck()
    const out = resolve(root, opts['out-dir']!)
    await writeSlidesPdf(deck, resolve(out, 'slides.pdf'))
    await writeHandoutPdf(deck, 'audience', resolve(out, 'handout.pdf'))
    await writeHandoutPdf(deck, 'speaker', resolve(out, 'notes.pdf'))
  }
  finally {
    await session.close()
  }
})
