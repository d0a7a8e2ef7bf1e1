// `npm run export:site`: one folder to host after the talk. The deck built for the path it will be
// served under, and beside it what its closing slide links to: the slide PDF, the handout as PDF
// and as a web page, and the fact checks (claims.json and claim-review.json, which every build
// writes). All of it is made in a folder of its own and replaces the previous one only when every
// part was written.
import { existsSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { buildDeck, replaceFolder } from '../lib/build.ts'
import { SITE_FILES_ENV } from '../lib/site.ts'
import { openExportSession } from './session.ts'
import { writeSlidesPdf } from './slides.ts'

export interface SiteOptions {
  root: string
  /** The path the folder will be served under, "/" or "/talks/x/". */
  base: string
  /** The folder to write, relative to `root`. */
  out: string
  /** The slide PDF in the deck's dark scheme. */
  dark?: boolean
}

export async function exportSite({ root, base, out, dark }: SiteOptions): Promise<string> {
  const target = resolve(root, out)
  const next = join(dirname(target), `.${basename(target)}.next`)
  rmSync(next, { recursive: true, force: true })
  try {
    console.log(`Building the deck for ${base} …`)
    const status = buildDeck(root, next, base === '/' ? [] : ['--base', base], { [SITE_FILES_ENV]: '1' })
    if (status !== 0 || !existsSync(join(next, 'index.html')))
      throw new Error(`the build failed (exit ${status}, above)`)
    const session = await openExportSession({ root, dist: next, base, dark })
    try {
      const deck = await session.deck()
      const { writeHandoutHtml, writeHandoutPdf } = await import('./handout.ts')
      await writeSlidesPdf(deck, join(next, 'slides.pdf'))
      await writeHandoutPdf(deck, 'audience', join(next, 'handout.pdf'))
      await writeHandoutHtml(deck, join(next, 'handout.html'))
    }
    finally {
      await session.close()
    }
    replaceFolder(next, target)
    return target
  }
  finally {
    rmSync(next, { recursive: true, force: true })
  }
}
