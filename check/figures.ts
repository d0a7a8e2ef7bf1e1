// Figures about something still going on, against the record date (data/record.ts): those dated
// more than two years before it are stale. Not a problem that stops the build (no newer public
// figure may exist), but `npm run check` lists each with its place, and slides and handout say "latest
// found" beside it.
import type { DeckData } from './data.ts'
import { isStale, monthYear, RECORD_DATE } from '../data/record.ts'
import { SUBJECTS } from '../data/vocabulary.ts'

export function staleFigures(data: DeckData, recordDate = RECORD_DATE): string[] {
  const lines: string[] = []
  for (const subject of SUBJECTS) {
    for (const record of data.records[subject] as { id?: string, asOf?: unknown }[]) {
      if (typeof record.asOf === 'string' && isStale(record.asOf, recordDate))
        lines.push(`stale: data/${subject}.ts, record "${record.id}", field "asOf": ${monthYear(record.asOf)} is more than two years before the record date (${monthYear(recordDate)}); shown as "latest found: ${monthYear(record.asOf)}"`)
    }
  }
  return lines
}
