// What the audience handout prints once, at the back: the full bibliography (every source in
// data/, numbered; each slide page cites these numbers) and tables such as the claims ledger.
// Data modules validate on import: bad data stops the export with the record and field named.
import { allSources, sourcesFor } from '../../data/sources.ts'
import { claims } from '../../data/claims.ts'
import { escapeHtml } from './notes.ts'

export interface BibliographyEntry {
  /** 1-based number, as cited on the slide pages. */
  n: number
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
  return allSources.map((s, i) => ({ n: i + 1, title: s.title, url: s.url }))
}

/** The bibliography entries the given cite keys resolve to, in bibliography order. */
export function citedEntries(keys: readonly string[], entries: BibliographyEntry[]): BibliographyEntry[] {
  const urls = new Set(sourcesFor(keys).map(s => s.url))
  return entries.filter(e => urls.has(e.url))
}

/**
 * HOOK (claims ledger): the essay's checked claims, one row each: claim, verdict, the record.
 * Built from data/claims.ts today; when the deck's own claims ledger lands in data/, return its
 * rows here. Returns undefined when there are no claims, and the handout prints no ledger.
 */
export function claimsLedger(): BackMatterTable | undefined {
  if (!claims.length)
    return undefined
  return {
    id: 'claims-ledger',
    title: 'Claims ledger',
    caption: 'The essay\'s claims checked in the talk, against the public record',
    columns: ['The essay says', 'Verdict', 'The record'],
    rows: claims.map(c => [c.essay, c.verdict, c.record]),
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
