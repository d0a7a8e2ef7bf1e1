/** Body rows a table shows on one slide at table size: more are cut off at the bottom edge. */
export const ROWS_PER_SLIDE = 9

/**
 * Rows "a-b" (1-based, both included) of a list of `total`, as [from, to) indices; all of them
 * without a range. Undefined for a range that is not "a-b" with 1 ≤ a ≤ b.
 */
export function rowRange(rows: string | undefined, total: number): [number, number] | undefined {
  if (rows === undefined)
    return [0, total]
  const m = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(rows)
  if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1]))
    return undefined
  return [Number(m[1]) - 1, Number(m[2])]
}

// What a comparison table needs besides markup: its column type, typed on the row so that a
// column naming a field the row does not have is a type error, and how a cell reads as text.

export interface Column<Row> {
  /** The row field shown in this column. */
  key: keyof Row & string
  label: string
  align?: 'left' | 'center' | 'right'
  /** Keep cells on one line (short values such as years). */
  nowrap?: boolean
  /** CSS width of the column, e.g. "9rem". */
  width?: string
}

type Cell = string | number | boolean | null | undefined

/** Unknown values are null (or empty): never guessed, shown as "—". */
export const isUnknown = (value: unknown) => value === null || value === undefined || value === ''

/** A cell as text (never HTML): "—" for unknown, Yes / No for booleans. */
export function cellText(value: unknown): string {
  if (isUnknown(value))
    return '—'
  if (typeof value === 'boolean')
    return value ? 'Yes' : 'No'
  return String(value)
}

/** "— / 0" for counts; a count is a number, a qualified text (">200") or null (unknown). */
export const countText = (planned: Cell, delivered: Cell) => `${cellText(planned)} / ${cellText(delivered)}`
