// The claims ledger: each fact check of the essay with its verdict, the record and its sources,
// as the build publishes it (claims.json) and the handout prints it at the back.
import type { Claim } from '../data/schema.ts'
import type { Source, SourceKey } from '../data/sources.ts'

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
