// What the real build (tests/support/global-setup.ts) writes besides the deck: the claims ledger
// and the same checks as schema.org ClaimReview (in index.html and beside it), generated from the
// same data as the slides; and no schema library for the audience's browser, nor the libraries of
// Slidev features the deck leaves out.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { claims, sources } from '../../data/index.ts'
import { VERDICT_LABELS, VERDICTS } from '../../data/vocabulary.ts'
import { claimsLedger } from '../../lib/claims.ts'
import { loadDeck, ROOT } from '../support/deck.ts'
import { DIST, DIST_SUB, SITE } from '../support/global-setup.ts'

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap(e => e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])
}

describe('npm run build', () => {
  it('writes dist/claims.json: every fact check with its verdict, record, date and sources', () => {
    expect(JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8'))).toEqual(claimsLedger(claims, sources))
  })

  // The root build has no public address: each review points to its slide's path; the site export, to its slide at the address.
  it.each([[DIST, '/'], [DIST_SUB, SITE]])('embeds in %s/index.html one schema.org ClaimReview per claim, as claim-review.json has them and claims.json agrees', async (dist, base) => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8')
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(m => JSON.parse(m[1]!))
    expect(blocks).toHaveLength(1)
    const reviews = blocks[0] as Record<string, any>[]
    expect(reviews).toEqual(JSON.parse(readFileSync(join(dist, 'claim-review.json'), 'utf8')))
    const ledger = JSON.parse(readFileSync(join(dist, 'claims.json'), 'utf8')) as { id: string, verdict: string }[]
    const essay = readFileSync(join(ROOT, 'content/essay.txt'), 'utf8').replace(/\s+/g, ' ')
    const slides = await loadDeck()
    expect(reviews).toHaveLength(claims.length)
    // A stated scale, best 5 to worst 1, in the order of the verdicts from confirmed down.
    const rated = VERDICTS.filter(v => v !== 'unverified')
    const ratingOf = (v: string) => reviews.find((r, i) => claims[i]!.verdict === v)?.reviewRating.ratingValue as number | undefined
    const values = rated.map(ratingOf).filter(n => n !== undefined)
    expect(values).toEqual([...values].sort((a, b) => b - a))
    claims.forEach((claim, i) => {
      const r = reviews[i]!
      expect(ledger[i]).toMatchObject({ id: claim.id, verdict: claim.verdict })
      expect(r['@context']).toBe('https://schema.org')
      expect(r['@type']).toBe('ClaimReview')
      expect(r.claimReviewed).toBe(claim.essay)
      for (const part of claim.essay.split(' … '))
        expect(essay, `the essay's own words: ${part}`).toContain(part)
      expect(r.itemReviewed).toMatchObject({ '@type': 'Claim', 'appearance': { '@type': 'CreativeWork' } })
      expect(r.itemReviewed.appearance.name).toMatch(/essay/i)
      expect(r.reviewRating).toMatchObject({ '@type': 'Rating', 'alternateName': VERDICT_LABELS[claim.verdict], 'bestRating': 5, 'worstRating': 1 })
      // Every verdict but "unverified" is on the scale.
      const verdict: string = claim.verdict
      if (verdict !== 'unverified')
        expect(r.reviewRating.ratingValue).toBeGreaterThanOrEqual(1)
      expect(r.author).toMatchObject({ '@type': 'Organization', 'name': expect.stringMatching(/\S/) })
      expect(r.datePublished).toBe(claim.checked)
      const slide = slides.find(s => new RegExp(`<FactCheck\\b[^>]*\\sids="[^"]*\\b${claim.id}\\b`).test(s.content))
      expect(r.url, `the slide that answers ${claim.id}`).toBe(`${base}${slide!.no}`)
      expect(r.citation.map((c: { url: string }) => c.url)).toEqual(claim.sources.map(k => sources[k].url))
      expect(r.citation.every((c: { '@type': string, 'name': string }) => c['@type'] === 'CreativeWork' && c.name)).toBe(true)
    })
  })

  it('ships no schema library: the data reaching the browser was checked at the door', () => {
    const withValibot = files(join(DIST, 'assets')).filter(f => f.endsWith('.js') && readFileSync(f, 'utf8').includes('valibot'))
    expect(withValibot).toEqual([])
  })

  it('ships none of the libraries it leaves out (vite/first-load.ts): v-mark\'s, v-motion\'s, a YAML parser', () => {
    // A string each library carries and nothing else in the deck does.
    const marks = { 'roughjs (v-mark)': 'hachure', 'popmotion (v-motion)': 'stiffness', 'yaml': 'tag:yaml.org' }
    const scripts = files(join(DIST, 'assets')).filter(f => f.endsWith('.js')).map(f => readFileSync(f, 'utf8'))
    expect(Object.entries(marks).filter(([, mark]) => scripts.some(code => code.includes(mark))).map(([name]) => name)).toEqual([])
  })
})
