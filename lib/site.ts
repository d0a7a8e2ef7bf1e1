// Where the talk lives: the headmatter's `site:`, the public address of the hosted folder
// (`npm run export:site`). The closing slide's QR code, the handout's cover and each ClaimReview's
// url point there. Optional: without it there is no QR code, and the check says so.

/** A `site:` that is not an http(s) address. */
export class SiteError extends Error {
  constructor(readonly value: unknown) {
    super(`"${String(value)}" is not an http(s) address (write the folder's public address, e.g. site: https://example.org/talks/thirty-years/)`)
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
