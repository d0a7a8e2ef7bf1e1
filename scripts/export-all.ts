// `npm run export:all`: the slide PDF, the audience handout and the speaker notes from one build,
// one server, one browser and one loaded deck (exports/slides.pdf, handout.pdf, notes.pdf), then
// the total time.
//
// Options: --dist <dir> (use an existing build of this deck at base "/").
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openExportSession } from './export/session.ts'
import { runExport } from './export/run.ts'
import { writeSlidesPdf } from './export/slides-pdf.ts'
import { writeHandoutPdf } from './handout/print.ts'

const { values: opts } = parseArgs({ options: { dist: { type: 'string' } } })

const root = process.cwd()
await runExport(async () => {
  const session = await openExportSession({ root, dist: opts.dist })
  try {
    const deck = await session.deck()
    await writeSlidesPdf(deck, resolve(root, 'exports/slides.pdf'))
    await writeHandoutPdf(deck, 'audience', resolve(root, 'exports/handout.pdf'))
    await writeHandoutPdf(deck, 'speaker', resolve(root, 'exports/notes.pdf'))
  }
  finally {
    await session.close()
  }
})
