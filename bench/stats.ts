// Small statistics for the benchmark: medians and the spread around them.

export function median(values: number[]): number {
  if (values.length === 0)
    return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function min(values: number[]): number {
  return values.length ? Math.min(...values) : Number.NaN
}

export function max(values: number[]): number {
  return values.length ? Math.max(...values) : Number.NaN
}
