// `npm run export:handout` → exports/handout.pdf, the audience edition: A4 portrait, a cover with
// the opening text, then one page per slide (the slide as vector content in its final click
// state, the essay's text for it without stage cues, the sources it cites), the bibliography and
// the claims ledger at the back, page numbers in the footer. Tagged, with title, language and an
// outline.
// `npm run export:notes` (this script with --edition speaker) → exports/notes.pdf, the speaker
// edition: every slide small beside all its notes, cues and click marks included, with the
// slide's timing where the deck gives budgets.
//
// Options: --edition audience|speaker, --output <file>, --dist <dir> (use an existing build of
// this deck at base "/" instead of building into a temporary folder).
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openExportSession } from './export/session.ts'
import { runExport } from './export/run.ts'
import type { Edition } from './handout/html.ts'

export const HANDOUT_PDF = 'exports/handout.pdf'
export const NOTES_PDF = 'exports/notes.pdf'

const { values: opts } = parseArgs({
  options: {
    edition: { type: 'string', default: 'audience' },
    output: { type: 'string' },
    dist: { type: 'string' },
  },
})
if (opts.edition !== 'audience' && opts.edition !== 'speaker') {
  console.error(`--edition must be audience or speaker, not "${opts.edition}"`)
  process.exit(1)
}
const edition: Edition = opts.edition

const root = process.cwd()
await runExport(async () => {
  // Imported here, not at the top: the data modules validate on import, and a bad record should
  // end the export with its message (record and field), not with a stack trace.
  const { writeHandoutPdf } = await import('./handout/print.ts')
  const session = await openExportSession({ root, dist: opts.dist })
  try {
    const output = resolve(root, opts.output ?? (edition === 'audience' ? HANDOUT_PDF : NOTES_PDF))
    await writeHandoutPdf(await session.deck(), edition, output)
  }
  finally {
    await session.close()
  }
})
