// What must hold for any data the deck is given, not for today's list: the real records pass the
// check at the door, every citation resolves, and the claims ledger is the claims.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkDeck } from '../../../check/index.ts'
import { claims } from '../../../data/claims.ts'
import { allSources, citeKeysOf, records, sources, sourcesFor } from '../../../data/index.ts'
import { reasons } from '../../../data/reasons.ts'
import { SUBJECTS } from '../../../data/vocabulary.ts'
import { claimsLedger } from '../../../lib/claims.ts'
import { ROOT } from '../../support/deck.ts'

describe('the real data', () => {
  it('passes the check at the door (data, sources, slides.md references)', async () => {
    expect((await checkDeck(ROOT)).problems).toEqual([])
  })

  it.each(SUBJECTS)('%s: every record\'s sources are listed for it, in its subject and on its own', (subject) => {
    for (const record of records[subject] as { id: string, sources: string[] }[]) {
      const own = sourcesFor([`${subject}:${record.id}`]).map(s => s.key)
      expect(own, record.id).toEqual(expect.arrayContaining(record.sources))
      expect(own).toHaveLength(new Set(record.sources).size)
      expect(sourcesFor([subject]).map(s => s.key)).toEqual(expect.arrayContaining(record.sources))
    }
    expect(citeKeysOf(subject)).toHaveLength(records[subject].length)
  })

  it('lists every registered source once, in the order the deck first cites it', () => {
    expect(allSources.map(s => s.key).sort()).toEqual(Object.keys(sources).sort())
    const firstUse = SUBJECTS.flatMap(s => records[s].flatMap(r => r.sources))
    expect(allSources.map(s => s.key)).toEqual([...new Set(firstUse)])
    expect(sourcesFor(['projects:no-such-record'])).toEqual([])
  })
})

describe('the reasons, in the essay\'s words', () => {
  const essay = readFileSync(resolve(ROOT, 'content/essay.txt'), 'utf8')

  it.each(reasons.map(r => [r.id, r] as const))('%s: the essay line and every quoted phrase are verbatim', (_id, r) => {
    expect(essay).toContain(r.essayLine)
    for (const side of [r.china, r.russia]) {
      for (const [, phrase] of side.matchAll(/"([^"]+)"/g))
        expect(essay).toContain(phrase)
    }
  })
})

describe('the claims ledger (dist/claims.json)', () => {
  const ledger = claimsLedger(claims, sources)
  const essay = readFileSync(resolve(ROOT, 'content/essay.txt'), 'utf8')

  it('has every claim once, in order, with the fields the contract names', () => {
    expect(ledger.map(c => c.id)).toEqual(claims.map(c => c.id))
    for (const entry of ledger)
      expect(Object.keys(entry)).toEqual(['id', 'essay', 'verdict', 'record', 'sources', 'checked'])
  })

  it('carries each claim\'s words, verdict, record, date and sources as title and URL', () => {
    for (const [i, c] of claims.entries()) {
      const entry = ledger[i]!
      expect([entry.essay, entry.verdict, entry.record, entry.checked]).toEqual([c.essay, c.verdict, c.record, c.checked])
      expect(entry.sources).toEqual(c.sources.map(k => ({ title: sources[k].title, url: sources[k].url })))
    }
  })

  it('quotes the essay verbatim', () => {
    for (const entry of ledger) {
      for (const part of entry.essay.split(' … '))
        expect(essay, entry.id).toContain(part)
    }
  })
})
