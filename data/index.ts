// The record, whole: every subject's records and the source registry, and how records cite
// sources. A record key is "<subject>:<id>", e.g. "projects:cr929"; components put the keys they
// show in `data-cites`, and the handout lists the sources of the keys on each slide.
import type { Source, SourceKey } from './sources.ts'
import type { Subject } from './vocabulary.ts'
import { claims } from './claims.ts'
import { deals } from './deals.ts'
import { europe } from './europe.ts'
import { exportPeriods } from './exports.ts'
import { projects } from './projects.ts'
import { reasons } from './reasons.ts'
import { since } from './since.ts'
import { sources } from './sources.ts'
import { SUBJECTS } from './vocabulary.ts'

export { claims, sources }

/** Every subject's records: the list each data file exports. */
export const records: Record<Subject, readonly { id: string, sources: readonly SourceKey[] }[]> = {
  projects,
  europe,
  exports: exportPeriods,
  reasons,
  claims,
  deals,
  since,
}

/** A source with its key and the records citing it ("projects:cr929", …, in deck order). */
export interface CitedSource extends Source {
  key: SourceKey
  cites: string[]
}

/** Every cited source, in the order the deck first cites it, each once. */
export const allSources: CitedSource[] = (() => {
  const found = new Map<SourceKey, CitedSource>()
  for (const subject of SUBJECTS) {
    for (const record of records[subject]) {
      for (const key of record.sources) {
        const entry = found.get(key) ?? { ...sources[key], key, cites: [] }
        entry.cites.push(`${subject}:${record.id}`)
        found.set(key, entry)
      }
    }
  }
  return [...found.values()]
})()

/** Record keys for every record of a subject, e.g. "projects:cr929". */
export function citeKeysOf(subject: Subject): string[] {
  return records[subject].map(r => `${subject}:${r.id}`)
}

/**
 * Sources cited by any of the given record keys, in deck order, each once. A key is
 * "<subject>:<id>", or a bare subject ("projects") for all of that subject's records.
 */
export function sourcesFor(keys: readonly string[]): CitedSource[] {
  const wanted = keys.map(k => k.trim()).filter(Boolean)
  return allSources.filter(s => s.cites.some(c => wanted.some(w => c === w || c.startsWith(`${w}:`))))
}
