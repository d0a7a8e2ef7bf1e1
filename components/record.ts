// How a component dates what it shows: every record carries the day it was last checked against
// its sources (`checked: 'YYYY-MM-DD'`), and a slide names the month of the newest of them, so
// the audience knows how fresh the figures are ("Record as of Nov 2026"). And how a verdict looks.
// @unocss-include: the icon classes below are written here, not in a template.
import type { Verdict } from '../data/vocabulary'

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

/** Each verdict's Phosphor icon (UnoCSS preset-icons, bundled as CSS at build time: no request, no font). */
export const VERDICT_ICONS: Record<Verdict, string> = {
  confirmed: 'i-ph-check-circle-bold',
  partly: 'i-ph-circle-half-bold',
  misleading: 'i-ph-warning-bold',
  wrong: 'i-ph-x-circle-bold',
  unverified: 'i-ph-question-bold',
}
