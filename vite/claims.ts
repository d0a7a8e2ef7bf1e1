// The build publishes the fact checks beside the deck, for readers and for fact-checkers' tools:
// claims.json, the claims ledger, and claim-review.json, the same checks as schema.org ClaimReview,
// which index.html also embeds as JSON-LD (lib/claims.ts).
import type { Plugin } from 'vite'
import { resolve } from 'node:path'
import process from 'node:process'
import { runnerImport } from 'vite'
import { claimReviews, claimsLedger, claimSlides } from '../lib/claims.ts'
import { deckSlides, loadSlidevData } from '../lib/deck.ts'
import { siteUrl } from '../lib/site.ts'

/** What the essay is, as the place the claims appear. */
const ESSAY = 'An essay on why China–Russia defence and aerospace cooperation since the early 1990s produced no advanced joint system (author not named)'

export function claimsFiles(): Plugin {
  let root = process.cwd()
  let base = '/'
  // Made once, when the page or the bundle first needs them: by then the deck check
  // (vite/check.ts, at the build's start) has passed, so the data and the headmatter are sound.
  let files: Promise<{ ledger: string, reviews: string }> | undefined
  const make = async () => {
    // The data as the deck check read it: fresh from disk, through Vite's module runner.
    const { module } = await runnerImport<typeof import('../data/index.ts')>(resolve(root, 'data/index.ts'), { root, configFile: false, logLevel: 'silent' })
    const parsed = await loadSlidevData(root)
    const { headmatter } = parsed
    const slides = claimSlides(deckSlides(parsed))
    // With a public address (`site:`), each review points to its slide there; without one, to its path on this host.
    const site = siteUrl(headmatter)
    const urlOf = (id: string) => {
      const path = String(slides.get(id) ?? '')
      return site ? new URL(path, site).href : `${base}${path}`
    }
    const author = String(headmatter.author ?? headmatter.title)
    return {
      ledger: JSON.stringify(claimsLedger(module.claims, module.sources), null, 2),
      reviews: JSON.stringify(claimReviews(module.claims, module.sources, { author, essay: ESSAY, urlOf }), null, 2),
    }
  }
  return {
    name: 'deck:claims',
    apply: 'build',
    configResolved(config) {
      root = config.root
      base = config.base
    },
    async transformIndexHtml() {
      // In a <script>, "</script>" inside the data would end it: "<" is escaped, as JSON allows.
      const { reviews } = await (files ??= make())
      return [{ tag: 'script', attrs: { type: 'application/ld+json' }, children: reviews.replace(/</g, '\\u003c'), injectTo: 'head' }]
    },
    async generateBundle() {
      const { ledger, reviews } = await (files ??= make())
      this.emitFile({ type: 'asset', fileName: 'claims.json', source: `${ledger}\n` })
      this.emitFile({ type: 'asset', fileName: 'claim-review.json', source: `${reviews}\n` })
    },
  }
}
