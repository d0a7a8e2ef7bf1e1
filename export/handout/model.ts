import type { SourceKey } from '../../data/sources.ts'
import type { Subject } from '../../data/vocabulary.ts'
// What the handout shows (Handout.vue), worked out from the loaded deck and the record: the cover,
// a page per slide with its notes and cited sources, the bibliography and the claims ledger. The
// deck check has passed before an export begins, so the data here is sound.
import type { QrCode } from '../../lib/site.ts'
import type { PrintedSlide } from '../session.ts'
import { EXPORT_CAVEAT, exportPeriods } from '../../data/exports.ts'
import { allSources, claims, records, sources, sourcesFor } from '../../data/index.ts'
import { monthLong, monthYear, RECORD_DATE } from '../../data/record.ts'
import { citation } from '../../data/sources.ts'
import { SUBJECTS, VERDICT_LABELS } from '../../data/vocabulary.ts'
import { claimsLedger } from '../../lib/claims.ts'
import { formatClock, slideTimings, timingLabel } from '../../lib/pace.ts'
import { qrCode, siteUrl } from '../../lib/site.ts'
import { audienceNotes, renderNotes } from '../notes.ts'

export type Edition = 'audience' | 'speaker'

export interface BibliographyEntry {
  /** 1-based number, as cited on the slide pages. */
  n: number
  /** "Publisher, year", as a slide cites it. */
  short: string
  /** "Publisher, title (date)", as the bibliography lists it. */
  title: string
  url: string
}

export interface Cover {
  title: string
  subtitle: string
  /** "Based on the essay …" */
  source: string
  date: string
  /** The opening slide's text for the audience, as HTML (the cover slide is not printed again). */
  opening: string
  /** Where the talk lives (the headmatter's `site:`) and its QR code; absent without one. */
  site?: { url: string, qr: QrCode }
}

/** A source as a reader finds it at the back: "[12] Flight International, 2005". */
export interface Cite {
  n: number
  short: string
}

/** What the record says of one fact on a slide: the full text, each side of a dispute, the quotes. */
export interface RecordDetail {
  key: string
  heading: string
  verdict?: string
  label?: string
  text: string
  disputes: { about: string, sides: { says: string, cites: Cite[] }[] }[]
  evidence: { quote: string, translation?: string, cite?: Cite }[]
}

export interface HandoutPage {
  no: number
  title: string
  /** The slide's notes as HTML: without stage cues for the audience, all of them for the speaker. */
  notes: string
  /** The record behind what the slide shows: claims, deals, events, and every dispute (audience). */
  details: RecordDetail[]
  cited: BibliographyEntry[]
  /** "budget 0:45 · at 6:30" (speaker edition, where the slide has a budget). */
  timing?: string
}

export interface HandoutModel {
  edition: Edition
  cover: Cover
  pages: HandoutPage[]
  /** The speaker edition's line under its title: date, slides, total budget. */
  summary: string
  bibliography: BibliographyEntry[]
  /** A reference slide's notes, kept with the bibliography that replaces it (audience). */
  referenceNotes: string
  ledger: { id: string, essay: string, verdict: string, record: string, checked: string }[]
  /** Outline entries: the heading as printed, and the title the outline shows. */
  outline: { heading: string, title: string }[]
}

/** Markdown or HTML to one line of plain text. */
function plain(s: string): string {
  return s.replace(/<RecordMonth\s*\/>/g, monthLong(RECORD_DATE)).replace(/<[^>]+>/g, ' ').replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim()
}

/** The cover from the headmatter and the first slide: its paragraphs after the heading. */
function coverFrom(headmatter: Record<string, unknown>, first: PrintedSlide, today = new Date()): Omit<Cover, 'opening'> {
  const title = String(headmatter.title ?? first.title ?? '').trim()
  const paragraphs = first.content.replace(/^#\s.*$/m, '').split(/\n\s*\n/).map(plain).filter(Boolean)
  const sourceLine = paragraphs.find(p => /^based on\b/i.test(p)) ?? ''
  const subtitle = paragraphs.find(p => p !== sourceLine) ?? ''
  // "… public record · 2026": the trailing part after a middle dot is the date, when it looks like one.
  const parts = sourceLine.split(/\s+·\s+/)
  const tail = parts.length > 1 ? parts.at(-1)! : ''
  const datePart = /\d{4}/.test(tail) ? tail : ''
  const source = datePart ? parts.slice(0, -1).join(' · ') : sourceLine
  const date = headmatter.date != null
    ? String(headmatter.date instanceof Date ? headmatter.date.toISOString().slice(0, 10) : headmatter.date)
    : datePart || today.toISOString().slice(0, 10)
  return { title, subtitle, source, date }
}

function bibliography(): BibliographyEntry[] {
  return allSources.map((s, i) => ({ n: i + 1, short: citation(s.key), title: `${s.publisher}, ${s.title}${s.date ? ` (${s.date})` : ''}`, url: s.url }))
}

/** The bibliography entries the given cite keys resolve to, in bibliography order. */
function citedEntries(keys: readonly string[], entries: BibliographyEntry[]): BibliographyEntry[] {
  const urls = new Set(sourcesFor(keys).map(s => s.url))
  return entries.filter(e => urls.has(e.url))
}

interface AnyRecord {
  id: string
  sources: readonly SourceKey[]
  disputes?: readonly { about: string, sides: readonly { says: string, sources: readonly SourceKey[] }[] }[]
  evidence?: readonly { source: SourceKey, quote: string, translation?: string }[]
  [field: string]: unknown
}

/** The record behind each cite key ("claims:j11a") a slide renders, as the handout prints it. */
function detailsOf(keys: readonly string[], entries: BibliographyEntry[]): RecordDetail[] {
  const cite = (key: SourceKey): Cite | undefined => {
    const e = entries.find(e => e.url === sources[key].url)
    return e && { n: e.n, short: e.short }
  }
  const cites = (keys: readonly SourceKey[]) => keys.map(cite).filter((c): c is Cite => c !== undefined)
  const details: RecordDetail[] = []
  for (const key of keys) {
    const [subject, id] = key.split(':') as [Subject, string]
    if (!SUBJECTS.includes(subject))
      continue
    const r = records[subject].find(r => r.id === id) as AnyRecord | undefined
    if (!r)
      continue
    const base = {
      key,
      disputes: (r.disputes ?? []).map(d => ({ about: d.about, sides: d.sides.map(side => ({ says: side.says, cites: cites(side.sources) })) })),
      evidence: (r.evidence ?? []).map(e => ({ quote: e.quote, translation: e.translation, cite: cite(e.source) })),
    }
    if (subject === 'claims')
      details.push({ ...base, heading: `“${r.essay}”`, verdict: VERDICT_LABELS[r.verdict as keyof typeof VERDICT_LABELS], text: String(r.record) })
    else if (subject === 'deals' && r.leftOut)
      details.push({ ...base, heading: `${r.name} (${r.years})`, label: r.label as string | undefined, text: String(r.note) })
    else if (subject === 'since')
      details.push({ ...base, heading: `${monthYear(String(r.date))}: ${r.headline}`, label: r.label as string | undefined, text: String(r.detail) })
    else if (base.disputes.length)
      details.push({ ...base, heading: String(r.name ?? r.id), text: '', evidence: [] })
  }
  // The chart's releases, and why shares from different releases differ: once, where exports are shown.
  if (keys.some(k => k.startsWith('exports:')))
    details.push({ key: 'exports', heading: 'SIPRI releases', text: `${exportPeriods.map(p => `${p.period}: ${p.release}`).join('; ')}. ${EXPORT_CAVEAT}`, disputes: [], evidence: [] })
  return details
}

export function handoutModel(edition: Edition, slides: PrintedSlide[], headmatter: Record<string, unknown>): HandoutModel {
  const [first, ...rest] = slides
  const url = siteUrl(headmatter)
  const cover: Cover = { ...coverFrom(headmatter, first!), opening: renderNotes(audienceNotes(first!.notes)), ...(url ? { site: { url, qr: qrCode(url) } } : {}) }
  const entries = bibliography()
  const ledger = claimsLedger(claims, sources).map(c => ({ ...c, verdict: VERDICT_LABELS[c.verdict] }))
  if (edition === 'audience') {
    // What the record says of a fact is printed once, with the first slide that shows it.
    const printedKeys = new Set<string>()
    const pages = rest.filter(s => !s.reference).map((s) => {
      const details = detailsOf(s.cites, entries).filter(d => !printedKeys.has(d.key))
      details.forEach(d => printedKeys.add(d.key))
      return { no: s.no, title: s.title, notes: renderNotes(audienceNotes(s.notes)), details, cited: citedEntries(s.cites, entries) }
    })
    return {
      edition,
      cover,
      pages,
      summary: '',
      bibliography: entries,
      referenceNotes: renderNotes(rest.filter(s => s.reference).map(s => audienceNotes(s.notes)).filter(Boolean).join('\n\n')),
      ledger,
      outline: [
        { heading: cover.title, title: cover.title },
        ...pages.map(s => ({ heading: s.title, title: `${s.no}. ${s.title}` })),
        { heading: 'Sources', title: 'Sources' },
        ...(ledger.length ? [{ heading: 'Claims ledger', title: 'Claims ledger' }] : []),
      ],
    }
  }
  const timings = slideTimings(slides)
  const budgeted = timings.some(t => t.budgetSeconds !== null)
  const total = timings.reduce((sum, t) => sum + (t.budgetSeconds ?? 0), 0)
  const head = `Speaker notes: ${cover.title}`
  return {
    edition,
    cover,
    pages: slides.map((s, i) => ({
      no: s.no,
      title: s.title,
      notes: renderNotes(s.notes),
      details: [],
      cited: [],
      timing: timings[i]?.budgetSeconds != null ? timingLabel(timings[i]!) : undefined,
    })),
    summary: [cover.date, `${slides.length} slides`, budgeted ? `budget ${formatClock(total)} in all` : ''].filter(Boolean).join(' · '),
    bibliography: [],
    referenceNotes: '',
    ledger: [],
    outline: [
      { heading: head, title: 'Speaker notes' },
      ...slides.map(s => ({ heading: s.title, title: `${s.no}. ${s.title}` })),
    ],
  }
}
