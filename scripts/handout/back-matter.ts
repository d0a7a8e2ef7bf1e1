// What the audience handout prints once, at the back: the full bibliography (every source in
// data/, numbered; each slide page cites these numbers) and tables such as the claims ledger.
// The data was checked at the door before the export began (scripts/export/session.ts).
import { allSources, citation, sourcesFor } from '../../data/sources.ts'
import { claimsLedger as ledgerRows } from '../../data/validate.ts'
import { VERDICT_LABELS } from '../../data/vocabulary.ts'
import { escapeHtml } from './notes.ts'

export interface BibliographyEntry {
  /** 1-based number, as cited on the slide pages. */
  n: number
  /** "Publisher, year", as a slide cites it. */
  short: string
  /** "Publisher, title (date)", as the bibliography lists it. */
  title: string
  url: string
}

/** A table of the back matter: a caption, column headers, rows of plain text (escaped here). */
export interface BackMatterTable {
  id: string
  title: string
  caption: string
  columns: string[]
  rows: string[][]
}

export function bibliography(): BibliographyEntry[] {
  return allSources.map((s, i) => ({ n: i + 1, short: citation(s.key), title: `${s.publisher}, ${s.title}${s.date ? ` (${s.date})` : ''}`, url: s.url }))
}

/** The bibliography entries the given cite keys resolve to, in bibliography order. */
export function citedEntries(keys: readonly string[], entries: BibliographyEntry[]): BibliographyEntry[] {
  const urls = new Set(sourcesFor(keys).map(s => s.url))
  return entries.filter(e => urls.has(e.url))
}

/**
 * The claims ledger (the same rows as dist/claims.json): the essay's checked claims, one row each:
 * claim, verdict, the record, when it was checked. Undefined when there are no claims.
 */
export function claimsLedger(): BackMatterTable | undefined {
  const rows = ledgerRows()
  if (!rows.length)
    return undefined
  return {
    id: 'claims-ledger',
    title: 'Claims ledger',
    caption: 'The essay\'s claims checked in the talk, against the public record (also published with the deck as claims.json)',
    columns: ['The essay says', 'Verdict', 'The record', 'Checked'],
    rows: rows.map(c => [c.essay, VERDICT_LABELS[c.verdict], c.record, c.checked]),
  }
}

export function bibliographyHtml(entries: BibliographyEntry[]): string {
  return `<section class="back-matter" id="bibliography">
  <h2>Sources</h2>
  <ol class="bibliography">${entries.map(e => `
    <li id="source-${e.n}"><span class="ref">[${e.n}]</span> ${escapeHtml(e.title)}<br><span class="url">${escapeHtml(e.url)}</span></li>`).join('')}
  </ol>
</section>`
}

export function tableHtml(t: BackMatterTable): string {
  return `<section class="back-matter" id="${escapeHtml(t.id)}">
  <h2>${escapeHtml(t.title)}</h2>
  <table>
    <caption>${escapeHtml(t.caption)}</caption>
    <thead><tr>${t.columns.map(c => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>
    <tbody>${t.rows.map(r => `
      <tr>${r.map(cell => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}
    </tbody>
  </table>
</section>`
}
