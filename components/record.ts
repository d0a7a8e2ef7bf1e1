// How a component dates what it shows: the record as a whole is as of one date (data/record.ts),
// which every table, chart and check names ("Record as of Dec 2026"); a figure about something
// still going on carries its own date, or "latest found" when it is stale. And how a verdict looks.
// @unocss-include: the icon classes below are written here, not in a template.
import type { Verdict } from '../data/vocabulary.ts'
import { isStale, monthYear, RECORD_DATE } from '../data/record.ts'

/** "Record as of Dec 2026": the month of the record date, the same on every slide and on the cover. */
export function recordAsOf(): string {
  return `Record as of ${monthYear(RECORD_DATE)}`
}

/** Beside a figure about something still going on: "Sep 2025", or "latest found: Mar 2024" when it is stale. */
export function asOfLabel(asOf: string): string {
  return isStale(asOf) ? `latest found: ${monthYear(asOf)}` : monthYear(asOf)
}

/** A table cell's text, with "(disputed)" when sources disagree on the fact this column shows. */
export function withDispute(text: string, record: object, column: string): string {
  const { disputes } = record as { disputes?: readonly { shownIn?: string }[] }
  return disputes?.some(d => d.shownIn === column) ? `${text} (disputed)` : text
}

/** Each verdict's Phosphor icon (UnoCSS preset-icons, bundled as CSS at build time: no request, no font). */
export const VERDICT_ICONS: Record<Verdict, string> = {
  confirmed: 'i-ph-check-circle-bold',
  partly: 'i-ph-circle-half-bold',
  misleading: 'i-ph-warning-bold',
  wrong: 'i-ph-x-circle-bold',
  unverified: 'i-ph-question-bold',
}
