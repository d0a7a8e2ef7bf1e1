// The claims ledger: each fact check of the essay with its verdict, the record and its sources,
// as the build publishes it (claims.json) and the handout prints it at the back; and the same
// checks as schema.org ClaimReview records, which the build embeds in index.html and writes
// beside the ledger (claim-review.json).
import type { Claim } from '../data/schema.ts'
import type { Source, SourceKey } from '../data/sources.ts'
import { VERDICT_LABELS } from '../data/vocabulary.ts'
import { componentTags } from './deck.ts'

export interface LedgerEntry {
  id: string
  essay: string
  verdict: Claim['verdict']
  record: string
  sources: { title: string, url: string }[]
  checked: string
}

export function claimsLedger(claims: readonly Claim[], sources: Readonly<Record<SourceKey, Source>>): LedgerEntry[] {
  return claims.map(c => ({
    id: c.id,
    essay: c.essay,
    verdict: c.verdict,
    record: c.record,
    sources: c.sources.map(key => ({ title: sources[key].title, url: sources[key].url })),
    checked: c.checked,
  }))
}

/** The verdicts on schema.org's Rating scale, from 1 (worst: wrong) to 5 (best: confirmed); an unverified claim has no rating value. */
export const RATING_SCALE = { worst: 1, best: 5 } as const
export const VERDICT_RATINGS: Record<Claim['verdict'], number | null> = { confirmed: 5, partly: 3, misleading: 2, wrong: 1, unverified: null }

export interface ReviewContext {
  /** Who reviewed the claims: the deck's `author`, else its title. */
  author: string
  /** The essay, as the place the claims appear. */
  essay: string
  /** The address of the slide that answers a claim. */
  urlOf: (claimId: string) => string
}

/** Each claim as a schema.org ClaimReview (https://schema.org/ClaimReview), for fact-checkers' tools. */
export function claimReviews(claims: readonly Claim[], sources: Readonly<Record<SourceKey, Source>>, context: ReviewContext) {
  return claims.map(c => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    'claimReviewed': c.essay,
    'itemReviewed': { '@type': 'Claim', 'appearance': { '@type': 'CreativeWork', 'name': context.essay } },
    'reviewRating': {
      '@type': 'Rating',
      ...(VERDICT_RATINGS[c.verdict] === null ? {} : { ratingValue: VERDICT_RATINGS[c.verdict] }),
      'bestRating': RATING_SCALE.best,
      'worstRating': RATING_SCALE.worst,
      'alternateName': VERDICT_LABELS[c.verdict],
    },
    'reviewBody': c.record,
    'author': { '@type': 'Organization', 'name': context.author },
    'datePublished': c.checked,
    'url': context.urlOf(c.id),
    'citation': c.sources.map(key => ({
      '@type': 'CreativeWork',
      'name': sources[key].title,
      'publisher': { '@type': 'Organization', 'name': sources[key].publisher },
      ...(sources[key].date ? { datePublished: sources[key].date } : {}),
      'url': sources[key].url,
    })),
  }))
}

/** The slide each claim is answered on: the first `<FactCheck ids="…">` that names it. */
export function claimSlides(slides: readonly { no: number, content: string }[]): Map<string, number> {
  const found = new Map<string, number>()
  for (const s of slides) {
    for (const { attrs } of componentTags(s.content).filter(t => t.name === 'FactCheck')) {
      for (const id of (attrs.get('ids') ?? '').split(/\s+/).filter(Boolean)) {
        if (!found.has(id))
          found.set(id, s.no)
      }
    }
  }
  return found
}
