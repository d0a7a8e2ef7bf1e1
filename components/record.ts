// How a component dates what it shows: every record carries the day it was last checked against
// its sources (`checked: 'YYYY-MM-DD'`), and a slide names the month of the newest of them, so
// the audience knows how fresh the figures are ("Record as of Nov 2026").

/** English month abbreviations, fixed: the same text in every browser and locale. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** "Record as of Nov 2026": the month and year of the newest `checked` among the records shown. */
export function recordAsOf(records: readonly { checked: string }[]): string {
  if (records.length === 0)
    throw new Error('recordAsOf: no records given (expected at least one record with a "checked" date)')
  // 'YYYY-MM-DD' strings sort as the dates they name.
  const newest = records.map(r => r.checked).reduce((a, b) => (b > a ? b : a))
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(newest)
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined
  if (!match || !month)
    throw new Error(`recordAsOf: checked "${newest}" is not a date written YYYY-MM-DD`)
  return `Record as of ${month} ${match[1]}`
}
