// Every source in the deck, deduplicated by URL, with the record keys that cite it
// ("projects:cr929", "claims:su35sk", …). The sources slide and the handout PDF use this.
import type { Source, Subject } from './schema'
import { claims } from './claims'
import { europe } from './europe'
import { exportPeriods } from './exports'
import { projects } from './projects'
import { reasons } from './reasons'

export interface SourceEntry extends Source {
  /** Record keys citing this source, "<subject>:<id>", in deck order. */
  cites: string[]
}

export function citeKey(subject: Subject, id: string): string {
  return `${subject}:${id}`
}

/** Same document, same key: scheme and host are case-insensitive, a trailing slash does not matter. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}${u.search}`
  }
  catch {
    return url
  }
}

const bySubject: [Subject, { id: string, sources: Source[] }[]][] = [
  ['projects', projects],
  ['europe', europe],
  ['exports', exportPeriods],
  ['reasons', reasons],
  ['claims', claims],
]

function collect(): SourceEntry[] {
  const map = new Map<string, SourceEntry>()
  for (const [subject, records] of bySubject) {
    for (const record of records) {
      const key = citeKey(subject, record.id)
      for (const s of record.sources) {
        const k = urlKey(s.url)
        const entry = map.get(k)
        if (!entry) {
          map.set(k, { title: s.title, url: s.url, cites: [key] })
        }
        else {
          if (!entry.cites.includes(key))
            entry.cites.push(key)
          // Keep the most descriptive title when records name the same page differently.
          if (s.title.length > entry.title.length)
            entry.title = s.title
        }
      }
    }
  }
  return [...map.values()]
}

export const allSources: SourceEntry[] = collect()

/** Every record key in the deck, e.g. "projects:cr929". */
export const allCiteKeys: string[] = bySubject.flatMap(([subject, records]) => records.map(r => citeKey(subject, r.id)))

/**
 * Sources cited by any of the given keys, in deck order, each listed once.
 * A key is "<subject>:<id>" or a bare subject ("projects") for all of that subject's records.
 */
export function sourcesFor(keys: readonly string[]): SourceEntry[] {
  const wanted = keys.map(k => k.trim()).filter(Boolean)
  return allSources.filter(s => s.cites.some(c => wanted.some(w => c === w || (!w.includes(':') && c.startsWith(`${w}:`)))))
}

/** Record keys for every record of a subject, for data-cites. */
export function citeKeysOf(subject: Subject): string[] {
  return allCiteKeys.filter(k => k.startsWith(`${subject}:`))
}
