// The build publishes the fact checks beside the deck, for readers and for fact-checkers' tools:
// claims.json, the claims ledger, and claim-review.json, the same checks as schema.org ClaimReview,
// which index.html also embeds as JSON-LD (lib/claims.ts).
import type { Plugin } from 'vite'
import { resolve } from 'node:path'
import process from 'node:process'
import { runnerImport } from 'vite'
import { claimReviews, claimsLedger, claimSlides } from '../lib/claims.ts'
import { loadDeck, loadSlidevData } from '../lib/deck.ts'
import { siteUrl } from '../lib/site.ts'

/** What the essay is, as the place the claims appear. */
const ESSAY = 'An essay on why China–Russia defence and aerospace cooperation since the early 1990s produced no advanced joint system (author not named)'

export function claimsFiles(): Plugin {
  let root = process.cwd()
  let base = '/'
  let files: { ledger: string, reviews: string } | undefined
  return {
    name: 'deck:claims',
    apply: 'build',
    configResolved(config) {
      root = config.root
      base = config.base
    },
    async buildStart() {
      // The data as the deck check read it: fresh from disk, through Vite's module runner.
      const { module } = await runnerImport<typeof import('../data/index.ts')>(resolve(root, 'data/index.ts'), { root, configFile: false, logLevel: 'silent' })
      const { headmatter } = await loadSlidevData(root)
      const slides = claimSlides(await loadDeck(root))
      // With a public address (`site:`), each review points to its slide there; without one, to its path on this host.
      const site = siteUrl(headmatter)
      const urlOf = (id: string) => {
        const path = String(slides.get(id) ?? '')
        return site ? new URL(path, site).href : `${base}${path}`
      }
      const author = String(headmatter.author ?? headmatter.title)
      files = {
        ledger: JSON.stringify(claimsLedger(module.claims, module.sources), null, 2),
        reviews: JSON.stringify(claimReviews(module.claims, module.sources, { author, essay: ESSAY, urlOf }), null, 2),
      }
    },
    transformIndexHtml() {
      // In a <script>, "</script>" inside the data would end it: "<" is escaped, as JSON allows.
      return [{ tag: 'script', attrs: { type: 'application/ld+json' }, children: files!.reviews.replace(/</g, '\\u003c'), injectTo: 'head' }]
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'claims.json', source: `${files!.ledger}\n` })
      this.emitFile({ type: 'asset', fileName: 'claim-review.json', source: `${files!.reviews}\n` })
    },
  }
}
