// The printed table and the budget lines.

export interface Row {
  label: string
  deck: number | undefined
  reference: number | undefined
  /** How to print a value: digits after the point, and a unit. */
  unit: string
  digits?: number
  /** Text instead of a number, when a side is missing (e.g. "n/a (not available)"). */
  deckNote?: string
  referenceNote?: string
}

export interface Budget {
  label: string
  limit: string
  actual: string
  pass: boolean | undefined
}

function fmt(v: number | undefined, unit: string, digits = 1, note?: string): string {
  if (note)
    return note
  if (v === undefined || !Number.isFinite(v))
    return 'n/a'
  return `${v.toFixed(digits)}${unit ? ` ${unit}` : ''}`
}

function ratioText(deck: number | undefined, reference: number | undefined): string {
  if (deck === undefined || reference === undefined || !Number.isFinite(deck) || !Number.isFinite(reference) || reference === 0)
    return '—'
  return `${(deck / reference).toFixed(2)}×`
}

export function table(rows: Row[]): string {
  const cells = rows.map(r => [
    r.label,
    fmt(r.deck, r.unit, r.digits, r.deckNote),
    fmt(r.reference, r.unit, r.digits, r.referenceNote),
    r.deckNote || r.referenceNote ? '—' : ratioText(r.deck, r.reference),
  ])
  const head = ['metric', 'deck', 'reference', 'deck/ref']
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map(c => c[i]!.length)))
  const line = (c: string[]) => `| ${c.map((x, i) => i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!)).join(' | ')} |`
  return [line(head), `|${widths.map((w, i) => i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`).join('|')}|`, ...cells.map(line)].join('\n')
}

export function budgetLines(budgets: Budget[]): string {
  const width = Math.max(...budgets.map(b => b.label.length))
  return budgets.map((b) => {
    const verdict = b.pass === undefined ? 'SKIP' : b.pass ? 'PASS' : 'FAIL'
    return `${verdict}  ${b.label.padEnd(width)}  ${b.actual} (budget ${b.limit})`
  }).join('\n')
}
