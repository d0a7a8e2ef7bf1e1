// Where the talk lives, for the closing slide (<ShareTalk />): the headmatter's `site:` with its QR
// code, drawn here at build time as an SVG path (lib/site.ts), and whether the folder the deck is
// built for carries the PDFs and the handout page (`npm run export:site`). A virtual module that
// only the closing slide imports: none of it is in the first load.
import type { Plugin } from 'vite'
import type { QrCode } from '../lib/site.ts'
import { resolve } from 'node:path'
import process from 'node:process'
import { loadSlidevData } from '../lib/deck.ts'
import { qrCode, SITE_FILES, SITE_FILES_ENV, SiteError, siteUrl } from '../lib/site.ts'

export const SITE_MODULE = 'virtual:deck-site'

export interface DeckSite {
  /** The public address, or null when the headmatter gives none. */
  site: string | null
  qr: QrCode | null
  /** The files beside the deck that the closing slide links to: none unless `npm run export:site` built it. */
  files: readonly { file: string, label: string }[]
}

export function siteModule(): Plugin {
  let root = process.cwd()
  return {
    name: 'deck:site',
    configResolved(config) {
      root = config.root
    },
    resolveId(id) {
      return id === SITE_MODULE ? `\0${SITE_MODULE}` : undefined
    },
    async load(id) {
      if (id !== `\0${SITE_MODULE}`)
        return
      // An edit of the headmatter while the dev server runs reloads this module.
      this.addWatchFile(resolve(root, 'slides.md'))
      let site: string | undefined
      try {
        site = siteUrl((await loadSlidevData(root)).headmatter)
      }
      catch (e) {
        // The deck check names a bad address and stops the build; the dev server shows the rest.
        if (!(e instanceof SiteError))
          throw e
      }
      const value: DeckSite = { site: site ?? null, qr: site ? qrCode(site) : null, files: process.env[SITE_FILES_ENV] === '1' ? SITE_FILES : [] }
      return `export default ${JSON.stringify(value)}`
    },
  }
}
