// Validates a subject's records at import time. Bad data fails the build and the tests loudly,
// with a message that names the subject, the record and the field:
//   projects: record "cr929", field "startYear": year 1850 is out of range 1950–2030
import * as v from 'valibot'

export interface DataProblem {
  subject: string
  /** The record's id, or "#<index>" when the record has no usable id. */
  id: string
  /** Dot path of the field, e.g. "startYear", "sources.0.url"; "(record)" for the record itself. */
  field: string
  problem: string
}

export class DataError extends Error {
  readonly problems: DataProblem[]

  constructor(problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'DataError'
    this.problems = problems
  }
}

export function formatProblem(p: DataProblem): string {
  return `${p.subject}: record "${p.id}", field "${p.field}": ${p.problem}`
}

function recordId(record: unknown, index: number): string {
  if (record && typeof record === 'object' && 'id' in record) {
    const id = (record as { id: unknown }).id
    if (typeof id === 'string' && id.trim() !== '')
      return id
  }
  return `#${index}`
}

function describe(issue: v.BaseIssue<unknown>): string {
  // Valibot reports a missing key as an object-level issue whose input is undefined.
  if (issue.input === undefined && issue.path?.length)
    return 'is missing (required field)'
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return 'is not a known field'
  return issue.message
}

/**
 * Checks every record against the schema and that ids are unique; returns the parsed records.
 * Throws a DataError listing every problem found (one line each).
 */
export function validateRecords<TSchema extends v.GenericSchema>(
  subject: string,
  schema: TSchema,
  records: readonly unknown[],
): v.InferOutput<TSchema>[] {
  const problems: DataProblem[] = []
  const out: v.InferOutput<TSchema>[] = []
  const seen = new Map<string, number>()

  if (!Array.isArray(records) || records.length === 0) {
    throw new DataError([{ subject, id: '(none)', field: '(records)', problem: 'no records given' }])
  }

  records.forEach((record, index) => {
    const id = recordId(record, index)
    const result = v.safeParse(schema, record)
    if (result.success) {
      out.push(result.output)
    }
    else {
      for (const issue of result.issues) {
        problems.push({ subject, id, field: v.getDotPath(issue) ?? '(record)', problem: describe(issue) })
      }
    }
    if (!id.startsWith('#')) {
      const first = seen.get(id)
      if (first !== undefined)
        problems.push({ subject, id, field: 'id', problem: `duplicate id "${id}" (also record #${first})` })
      else
        seen.set(id, index)
    }
  })

  if (problems.length > 0)
    throw new DataError(problems)
  return out
}

/** Turns the research notes' "Title – https://…" strings into { title, url }. */
export function source(line: string): { title: string, url: string } {
  const at = line.lastIndexOf(' – ')
  if (at < 0)
    return { title: line, url: '' } // fails validation, on purpose: no URL
  return { title: line.slice(0, at).trim(), url: line.slice(at + 3).trim() }
}
