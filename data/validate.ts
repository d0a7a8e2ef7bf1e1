// The check at the door: every record of every subject, the source registry, and every data
// reference in slides.md, checked once in Node before Slidev serves or writes anything (the Vite
// plugin in scripts/door.ts, `npm run check`). Every problem is one line naming file, record or
// slide, and field:
//   data/projects.ts: record "cr929", field "startYear": year 1850 is out of range 1950–2030
//   slides.md: slide 3: <FactCheck id="x">: unknown claim id "x" (known: …)
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import * as v from 'valibot'
import { loadDeck } from '../scripts/deck.ts'
import { LEFT_OUT_DIRECTIVES } from '../scripts/first-load.ts'
import { BudgetError, slideTimings } from '../setup/pace.ts'
import { claims } from './claims'
import { ClaimSchema, ContextNoteSchema, EuropeProgrammeSchema, ExportPeriodSchema, ProjectSchema, ReasonSchema, SourceSchema } from './schema'
import { recordsBySubject, sources } from './sources'
import { MODES, type Subject, SUBJECTS } from './vocabulary'

interface Problem {
  /** Path from the project root: "data/projects.ts", "slides.md". */
  file: string
  /** Where in the file: 'record "cr929", field "startYear"' or 'slide 3: <FactCheck id="x">'. */
  where: string
  problem: string
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.where}: ${p.problem}`
}

/** Every subject's records as the data files export them, and the registry (unknown: the check trusts nothing). */
export interface DeckData extends Record<Subject, readonly unknown[]> {
  sources: Readonly<Record<string, unknown>>
}

export const deckData: DeckData = { ...recordsBySubject, sources }

const SCHEMAS = {
  projects: ProjectSchema,
  europe: EuropeProgrammeSchema,
  exports: ExportPeriodSchema,
  reasons: ReasonSchema,
  claims: ClaimSchema,
  context: ContextNoteSchema,
} satisfies Record<Subject, v.GenericSchema>

function idOf(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id
  return typeof id === 'string' && id.trim() !== '' ? id : undefined
}

function describe(issue: v.BaseIssue<unknown>): string {
  // Valibot reports a missing key as an issue whose input is undefined.
  if (issue.input === undefined && issue.path?.length)
    return 'is missing (required field)'
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return 'is not a known field'
  return issue.message
}

/** What a record (`name`: 'record "cr929"' or 'record #5') breaks of its schema, field by field. */
function schemaProblems(file: string, name: string, schema: v.GenericSchema, record: unknown): Problem[] {
  return (v.safeParse(schema, record).issues ?? [])
    .map(issue => ({ file, where: `${name}, field "${v.getDotPath(issue) ?? '(record)'}"`, problem: describe(issue) }))
}

/** Checks records against a schema; ids must be unique. Records are named by id, else by position (#1 …). */
function checkRecords(file: string, schema: v.GenericSchema, records: readonly unknown[]): Problem[] {
  if (!Array.isArray(records) || records.length === 0)
    return [{ file, where: 'records', problem: 'no records (expected a non-empty list)' }]
  const problems: Problem[] = []
  const positions = new Map<string, number[]>()
  records.forEach((record, index) => {
    const id = idOf(record)
    if (id)
      positions.set(id, [...positions.get(id) ?? [], index + 1])
    problems.push(...schemaProblems(file, id ? `record "${id}"` : `record #${index + 1}`, schema, record))
  })
  for (const [id, at] of positions) {
    if (at.length > 1)
      problems.push({ file, where: `record "${id}", field "id"`, problem: `${at.length} records use this id (#${at.join(' and #')}); ids must be unique` })
  }
  return problems
}

/** The source registry: each entry well-formed, each URL once, each source cited by some record. */
function checkSources(registry: Readonly<Record<string, unknown>>, cited: ReadonlySet<string>): Problem[] {
  const file = 'data/sources.ts'
  const problems: Problem[] = []
  const byUrl = new Map<string, string>()
  for (const [key, entry] of Object.entries(registry)) {
    problems.push(...schemaProblems(file, `record "${key}"`, SourceSchema, entry))
    const url = (entry as { url?: unknown }).url
    if (typeof url === 'string') {
      const same = url.toLowerCase().replace(/\/+$/, '')
      const other = byUrl.get(same)
      if (other)
        problems.push({ file, where: `record "${key}", field "url"`, problem: `same URL as source "${other}" (one key per URL)` })
      else
        byUrl.set(same, key)
    }
    if (!cited.has(key))
      problems.push({ file, where: `record "${key}"`, problem: 'no record cites this source (remove it, or cite it)' })
  }
  return problems
}

/** The parts of a quote, as the essay has them: a quote may skip words with " … ". */
export const quoteParts = (quote: string) => quote.split(' … ')

/** Every claim's quote, part by part, in the essay. */
function checkQuotes(claims: readonly unknown[], essay: string): Problem[] {
  const problems: Problem[] = []
  for (const claim of claims as { id?: string, essay?: unknown }[]) {
    const missing = typeof claim.essay === 'string' ? quoteParts(claim.essay).find(part => !essay.includes(part)) : undefined
    if (missing !== undefined)
      problems.push({ file: 'data/claims.ts', where: `record "${claim.id}", field "essay"`, problem: `not found verbatim in content/essay.txt: "${missing}"` })
  }
  return problems
}

/** Every record and the registry. */
export function checkData(data: DeckData, essay: string): Problem[] {
  const cited = new Set(SUBJECTS.flatMap(s => data[s].flatMap(r => (r as { sources?: unknown }).sources).filter((k): k is string => typeof k === 'string')))
  return [
    ...SUBJECTS.flatMap(s => checkRecords(`data/${s}.ts`, SCHEMAS[s], data[s])),
    ...checkSources(data.sources, cited),
    ...checkQuotes(data.claims, essay),
  ]
}

/** The data references a slide may make: component → the attribute that names data, and the values that exist. */
function referenceTable(data: DeckData): Record<string, { attr: string, what: string, known: readonly string[], list?: boolean }> {
  const ids = (records: readonly unknown[]) => records.map(idOf).filter((id): id is string => id !== undefined)
  return {
    FactCheck: { attr: 'id', what: 'claim id', known: ids(data.claims) },
    FactCheckRows: { attr: 'ids', what: 'claim id', known: ids(data.claims), list: true },
    ReasonCompare: { attr: 'id', what: 'reason id', known: ids(data.reasons) },
    ModeBadge: { attr: 'mode', what: 'mode', known: MODES },
    SourceList: { attr: 'subject', what: 'subject', known: SUBJECTS },
  }
}

interface SlideSource {
  /** 1-based, as in the URL. */
  no: number
  content: string
}

/** An element's attribute naming a directive the build leaves out: <span v-mark.red="2">. */
const LEFT_OUT = new RegExp(`<[a-zA-Z][^>]*?\\s(${Object.keys(LEFT_OUT_DIRECTIVES).join('|')})(?=[\\s.:=/>])`, 'g')

/**
 * Every `<Component attr="value">` in the slides whose value names data that does not exist, and
 * every directive of Slidev's that the build leaves out.
 */
export function checkSlides(slides: readonly SlideSource[], data: DeckData): Problem[] {
  const table = referenceTable(data)
  const problems: Problem[] = []
  for (const slide of slides) {
    for (const [tag, name, attrs] of slide.content.matchAll(/<([A-Z]\w*)\b([^>]*?)\/?>/g)) {
      const ref = table[name!]
      const given = new Map([...attrs!.matchAll(/(:?[\w-]+)="([^"]*)"/g)].map(([, k, val]) => [k!, val!]))
      if (!ref || given.has(`:${ref.attr}`))
        continue // no data reference, or a bound expression: not data the check can read
      const { attr, what, known, list } = ref
      const report = (problem: string) => problems.push({ file: 'slides.md', where: `slide ${slide.no}: ${tag!.replace(/\s+/g, ' ')}`, problem })
      const value = given.get(attr)
      if (value === undefined) {
        report(`no ${attr}="…" given (known ${what}s: ${known.join(', ')})`)
        continue
      }
      // A list attribute (ids="a b c") names several, each checked.
      const values = list ? value.split(/\s+/).filter(Boolean) : [value]
      for (const one of values.filter(one => !known.includes(one)))
        report(`unknown ${what} "${one}" (known: ${known.join(', ')})`)
      if (!values.length)
        report(`no ${what} in ${attr}="" (known ${what}s: ${known.join(', ')})`)
    }
    for (const [, directive] of slide.content.matchAll(LEFT_OUT))
      problems.push({ file: 'slides.md', where: `slide ${slide.no}: ${directive}`, problem: `${directive} is left out of this deck's build (scripts/first-load.ts): use v-click, or take it off that list` })
  }
  return problems
}

/** The claims ledger (dist/claims.json): each fact check with its sources as title and URL. */
export function claimsLedger() {
  return claims.map(c => ({
    id: c.id,
    essay: c.essay,
    verdict: c.verdict,
    record: c.record,
    sources: c.sources.map(key => ({ title: sources[key].title, url: sources[key].url })),
    checked: c.checked,
  }))
}

/** A slide's `budget:` that is not a duration (setup/pace.ts reads budgets; its error names the slide and field). */
function budgetProblems(slides: Parameters<typeof slideTimings>[0]): string[] {
  try {
    slideTimings(slides)
    return []
  }
  catch (e) {
    if (e instanceof BudgetError)
      return [e.message]
    throw e
  }
}

/** The whole check for the deck at `root`: data, registry, references, slides, budgets. Problems as lines. */
export async function checkDeck(root: string): Promise<string[]> {
  const essay = readFileSync(resolve(root, 'content/essay.txt'), 'utf8')
  const slides = await loadDeck(root)
  return [...[...checkData(deckData, essay), ...checkSlides(slides, deckData)].map(formatProblem), ...budgetProblems(slides)]
}
