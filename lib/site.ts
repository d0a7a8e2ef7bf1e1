// Where the talk lives: the headmatter's `site:`, the public address of the hosted folder
// (`npm run export:site`). The closing slide's QR code, the handout's cover and each ClaimReview's
// url point there. Optional: without it there is no QR code, and the check says so.
import { encode } from 'uqr'

/** A `site:` that is not an http(s) address. */
export class SiteError extends Error {
  readonly value: unknown
  constructor(value: unknown) {
    super(`"${String(value)}" is not an http(s) address (write the folder's public address, e.g. site: https://example.org/talks/thirty-years/)`)
    this.value = value
  }
}

/** The public address of the talk, ending in "/", or undefined when the headmatter gives none. */
export function siteUrl(headmatter: Record<string, unknown>): string | undefined {
  const site = headmatter.site
  if (site === undefined || site === null || site === '')
    return undefined
  let url: URL
  try {
    url = new URL(String(site))
  }
  catch {
    throw new SiteError(site)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SiteError(site)
  url.search = ''
  url.hash = ''
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

/**
 * Set (to "1") by `npm run export:site` for its build: the hosted folder then carries the PDFs and
 * the handout page beside the deck, and the closing slide links to them.
 */
export const SITE_FILES_ENV = 'DECK_SITE_FILES'

/** The files `npm run export:site` puts beside the deck, as the closing slide links to them. */
export const SITE_FILES = [
  { file: 'slides.pdf', label: 'Slides (PDF)' },
  { file: 'handout.pdf', label: 'Handout (PDF)' },
  { file: 'handout.html', label: 'Handout (web page)' },
  { file: 'claims.json', label: 'The fact checks (JSON)' },
] as const

export interface QrCode {
  /** Side of the square in modules, the quiet zone included. */
  size: number
  /** One SVG path of the dark modules, for a viewBox of `0 0 size size`. */
  path: string
}

/** The QR code of `text` as vector: the encoding is uqr's, the drawing one path of rectangles. */
export function qrCode(text: string): QrCode {
  const { size, data } = encode(text, { border: 4, ecc: 'M' })
  let path = ''
  data.forEach((row, y) => {
    // A run of dark modules in a row is one rectangle.
    for (let x = 0; x < size; x++) {
      if (!row[x])
        continue
      const start = x
      while (row[x + 1])
        x++
      path += `M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`
    }
  })
  return { size, path }
}
