// The record, checked: every record of every subject against its schema (data/schema.ts), ids
// unique, the source registry well-formed, every reference from one record to another resolved,
// every quote found in the essay. Pure: the caller loads the data (check/index.ts).
import type { Subject } from '../data/vocabulary.ts'
import * as v from 'valibot'
import { ClaimSchema, DealSchema, EuropeProgrammeSchema, ExportPeriodSchema, ProjectSchema, ReasonSchema, SinceSchema, SourceSchema } from '../data/schema.ts'
import { SUBJECTS } from '../data/vocabulary.ts'

export interface Problem {
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
export interface DeckData {
  records: Record<Subject, readonly unknown[]>
  sources: Readonly<Record<string, unknown>>
}

const SCHEMAS = {
  projects: ProjectSchema,
  europe: EuropeProgrammeSchema,
  exports: ExportPeriodSchema,
  reasons: ReasonSchema,
  claims: ClaimSchema,
  deals: DealSchema,
  since: SinceSchema,
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
const quoteParts = (quote: string) => quote.split(' … ')

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

/** References from one record to another: source keys, and a claim's project. */
function checkReferences(data: DeckData): Problem[] {
  const problems: Problem[] = []
  const known = Object.keys(data.sources)
  for (const subject of SUBJECTS) {
    for (const [index, record] of data.records[subject].entries()) {
      const file = `data/${subject}.ts`
      const name = idOf(record) ? `record "${idOf(record)}"` : `record #${index + 1}`
      const { sources, evidence, disputes, conditions } = record as {
        sources?: unknown
        evidence?: { source?: unknown }[]
        disputes?: { sides?: { sources?: unknown }[] }[]
        conditions?: { sources?: unknown }[]
      }
      /** Every source key a record names, with the field that names it. */
      const keys: [string, unknown][] = [
        ...(Array.isArray(sources) ? sources.map((k, i) => [`sources.${i}`, k] as [string, unknown]) : []),
        ...(Array.isArray(evidence) ? evidence.map((e, i) => [`evidence.${i}.source`, e?.source] as [string, unknown]) : []),
        ...(Array.isArray(disputes) ? disputes.flatMap((d, i) => (Array.isArray(d?.sides) ? d.sides : []).flatMap((side, j) => (Array.isArray(side?.sources) ? side.sources : []).map((k, n) => [`disputes.${i}.sides.${j}.sources.${n}`, k] as [string, unknown]))) : []),
        ...(Array.isArray(conditions) ? conditions.flatMap((c, i) => (Array.isArray(c?.sources) ? c.sources : []).map((k, n) => [`conditions.${i}.sources.${n}`, k] as [string, unknown])) : []),
      ]
      for (const [field, key] of keys) {
        if (typeof key === 'string' && !known.includes(key))
          problems.push({ file, where: `${name}, field "${field}"`, problem: `unknown source "${key}" (not a key in data/sources.ts)` })
      }
      // A quote is evidence only from a page the record cites.
      for (const [i, e] of (Array.isArray(evidence) ? evidence : []).entries()) {
        if (typeof e?.source === 'string' && known.includes(e.source) && Array.isArray(sources) && !sources.includes(e.source))
          problems.push({ file, where: `${name}, field "evidence.${i}.source"`, problem: `"${e.source}" is not among the record's sources: add it to "sources"` })
      }
    }
  }
  const projectIds = data.records.projects.map(idOf).filter(Boolean)
  for (const claim of data.records.claims as { id?: string, project?: unknown }[]) {
    if (typeof claim.project === 'string' && !projectIds.includes(claim.project))
      problems.push({ file: 'data/claims.ts', where: `record "${claim.id}", field "project"`, problem: `unknown project id "${claim.project}" (known: ${projectIds.join(', ')})` })
  }
  return problems
}

/** Every record, the registry, the references between them and the quotes. */
export function checkData(data: DeckData, essay: string): Problem[] {
  const cited = new Set(SUBJECTS.flatMap(s => data.records[s].flatMap(r => (r as { sources?: unknown }).sources).filter((k): k is string => typeof k === 'string')))
  return [
    ...SUBJECTS.flatMap(s => checkRecords(`data/${s}.ts`, SCHEMAS[s], data.records[s])),
    ...checkSources(data.sources, cited),
    ...checkReferences(data),
    ...checkQuotes(data.records.claims, essay),
  ]
}
