// Per-slide timing for the speaker edition: "budget 0:45 · at 6:30" (this slide's time, and when
// it starts counted from the first slide).
//
// HOOK (per-slide budgets): slides carry `budget: 45s` in their frontmatter (also `1m30s`, `1:30`,
// or a number of seconds). The deck is gaining its own pure function for the running total; when
// it lands, slideTimings should call it instead of summing here, so deck and notes agree.
// Until a slide has a budget, its timing line is simply left out.

export interface SlideTiming {
  /** Seconds planned for this slide. */
  budget: number
  /** Seconds from the start of the talk to the start of this slide. */
  at: number
}

/** `45s`, `1m30s`, `2m`, `1:30`, `90` → seconds; undefined when absent; throws on anything else. */
export function parseBudget(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '')
    return undefined
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
    return value
  const s = String(value).trim()
  const clock = s.match(/^(\d+):([0-5]\d)$/)
  if (clock)
    return Number(clock[1]) * 60 + Number(clock[2])
  const units = s.match(/^(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s(?:ec)?)?$/i)
  if (units && (units[1] || units[2]))
    return Number(units[1] ?? 0) * 60 + Number(units[2] ?? 0)
  if (/^\d+$/.test(s))
    return Number(s)
  throw new Error(`"${s}" is not a duration (use e.g. 45s, 1m30s or 1:30)`)
}

/** m:ss */
export function clock(seconds: number): string {
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** Each slide's timing, or undefined for a slide without a budget. Names the slide on bad input. */
export function slideTimings(slides: { no: number, frontmatter: Record<string, unknown> }[]): (SlideTiming | undefined)[] {
  let at = 0
  return slides.map((s) => {
    let budget: number | undefined
    try {
      budget = parseBudget(s.frontmatter.budget)
    }
    catch (e) {
      throw new Error(`slides.md, slide ${s.no}, frontmatter "budget": ${(e as Error).message}`)
    }
    if (budget === undefined)
      return undefined
    const timing = { budget, at }
    at += budget
    return timing
  })
}

export function formatTiming(t: SlideTiming): string {
  return `budget ${clock(t.budget)} · at ${clock(t.at)}`
}
