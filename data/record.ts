// The day the record was last reviewed as a whole. The cover's "as of" and every "Record as of"
// line show its month; no record may be checked after it; and a figure about something still
// going on that is dated more than two years before it is stale: `npm run check` lists it, and
// the slide says "latest found: <month>" beside it.
export const RECORD_DATE = '2026-12-02'

/** English month abbreviations, fixed: the same text in every browser and locale. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** "2024-03" or "2024-03-17" → "Mar 2024". */
export function monthYear(date: string): string {
  const [year, month] = date.split('-')
  return `${MONTHS[Number(month) - 1] ?? ''} ${year}`.trim()
}

/** "2026-12-02" → "December 2026", as the cover names the record's month. */
export function monthLong(date: string): string {
  return new Date(`${date.slice(0, 7)}-15T12:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
}

/** A figure dated `asOf` is stale when it is more than two years older than the record date. */
export function isStale(asOf: string, recordDate = RECORD_DATE): boolean {
  const [year, month] = recordDate.split('-').map(Number) as [number, number]
  const limit = `${year - 2}-${String(month).padStart(2, '0')}`
  return asOf.slice(0, 7) < limit
}
