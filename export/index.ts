// The export pipeline: the deck check, one build (or a given one), one browser and one loaded deck,
// then each product written from it. `npm run export`, `export:handout`, `export:notes` and
// `export:all` (scripts/export.ts) each name the products they want.
import type { Edition } from './handout/model.ts'
import { resolve } from 'node:path'
import { openExportSession } from './session.ts'
import { writeSlidesPdf } from './slides.ts'

export type Product = 'slides' | Edition

/** Where each product goes by default, under the output folder. */
export const FILE_NAMES: Record<Product, string> = { slides: 'slides.pdf', audience: 'handout.pdf', speaker: 'notes.pdf' }

export interface ExportOptions {
  root: string
  /** Each product and the file it is written to. */
  outputs: Partial<Record<Product, string>>
  /** An existing build of this deck at base "/"; without it the deck is built into a temporary folder. */
  dist?: string
  /** The slide PDF in the deck's dark scheme. */
  dark?: boolean
}

export async function exportDeck({ root, outputs, dist, dark }: ExportOptions): Promise<void> {
  const session = await openExportSession({ root, dist, dark })
  try {
    const deck = await session.deck()
    // The handout reads the record itself: imported once the deck check has passed, so that a data
    // file that does not parse is named by the check, not met here as a stack trace.
    const { writeHandoutPdf } = await import('./handout.ts')
    for (const [product, file] of Object.entries(outputs) as [Product, string][]) {
      const output = resolve(root, file)
      if (product === 'slides')
        await writeSlidesPdf(deck, output)
      else
        await writeHandoutPdf(deck, product, output)
    }
  }
  finally {
    await session.close()
  }
}
