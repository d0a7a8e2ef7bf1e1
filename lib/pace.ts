// Time budgets: each slide's `budget:` in its frontmatter (the cover's sits in the headmatter), as
// `45s`, `1m30s` or `2min`. One reading of them for the presenter's pace display, the notes export,
// the deck check and the tests.
import { parseTimeString } from '@slidev/parser/utils'

/** What a slide offers this module: its frontmatter (Slidev's parse, or a route's meta.slide) and title. */
export interface BudgetedSlide {
  frontmatter?: Record<string, unknown>
  title?: string
}

export interface SlideTiming {
  /** The slide's budget in seconds; null when the slide has none. */
  budgetSeconds: number | null
  /** Planned time at which the slide starts: the budgets of all slides before it. */
  atSeconds: number
}

/** A budget that is not a duration: `where` names the slide and field, `problem` what to write. */
export class BudgetError extends Error {
  override name = 'BudgetError'
  readonly where: string
  readonly problem: string
  constructor(where: string, problem: string) {
    super(`slides.md: ${where}: ${problem}`)
    this.where = where
    this.problem = problem
  }
}

/** `slide 7 ("AHL: the heavy-lift helicopter")`, as errors name a slide. */
export function slideName(no: number, title?: string): string {
  return title?.trim() ? `slide ${no} ("${title.trim()}")` : `slide ${no}`
}

/**
 * A budget as seconds: `45s`, `1m30s`, `2min`, `0:45` (Slidev's own time strings, as its timer reads
 * `duration`). Undefined when there is none. Throws a BudgetError naming the slide and the field for
 * anything else: a bare number (seconds or minutes?), a relative `+10s`, zero, or a typo.
 */
function parseBudget(value: unknown, where = 'a slide'): number | undefined {
  if (value === undefined || value === null)
    return undefined
  const problem = (why: string) => new BudgetError(`${where}, field "budget"`, `${why}; write it as 45s or 1m30s`)
  if (typeof value !== 'string')
    throw problem(`${JSON.stringify(value)} has no unit`)
  let parsed: { seconds: number, relative: boolean }
  try {
    parsed = parseTimeString(value.trim())
  }
  catch {
    throw problem(`"${value}" is not a duration`)
  }
  if (parsed.relative || !Number.isFinite(parsed.seconds) || parsed.seconds <= 0)
    throw problem(`"${value}" is not a positive duration`)
  return parsed.seconds
}

/**
 * The talk's planned length from the headmatter's `duration` (Slidev's default: 30min). Throws a
 * BudgetError naming the field for anything that is not a positive duration.
 */
export function durationSeconds(headmatter: Record<string, unknown>): number {
  const value = headmatter.duration ?? '30min'
  let seconds = Number.NaN
  try {
    seconds = parseTimeString(value as string | number).seconds
  }
  catch {}
  if (!(seconds > 0))
    throw new BudgetError('headmatter, field "duration"', `${JSON.stringify(value)} is not a duration; write it as 20min or 1h10m`)
  return seconds
}

/**
 * Each slide's budget and the planned time it starts ("at 6:30"), in slide order. A slide without
 * a budget counts as 0 s. Throws a BudgetError for a malformed budget.
 */
export function slideTimings(slides: readonly BudgetedSlide[]): SlideTiming[] {
  let at = 0
  return slides.map((s, i) => {
    const budgetSeconds = parseBudget(s.frontmatter?.budget, slideName(i + 1, s.title)) ?? null
    const timing = { budgetSeconds, atSeconds: at }
    at += budgetSeconds ?? 0
    return timing
  })
}

export interface BudgetCheck {
  totalSeconds: number
  durationSeconds: number
  /** Slides without a budget, named as `slide 4 ("CR929: the plan")`. */
  missing: string[]
  /** The total is within `tolerance` (a fraction) of the duration and no slide lacks a budget. */
  ok: boolean
  /** One line for a test failure or a build warning. */
  summary: string
}

/** Do the budgets add up to the talk's duration (within 5 % by default), with one on every slide? */
export function checkBudgets(slides: readonly BudgetedSlide[], duration: number, tolerance = 0.05): BudgetCheck {
  const timings = slideTimings(slides)
  const totalSeconds = timings.reduce((sum, t) => sum + (t.budgetSeconds ?? 0), 0)
  const missing = timings.flatMap((t, i) => t.budgetSeconds === null ? [slideName(i + 1, slides[i]?.title)] : [])
  const within = Math.abs(totalSeconds - duration) <= duration * tolerance
  const parts = [`budgets add up to ${formatClock(totalSeconds)} for a ${formatClock(duration)} talk (allowed: ±${Math.round(tolerance * 100)} %)`]
  if (missing.length)
    parts.push(`no budget on ${missing.join(', ')}`)
  return { totalSeconds, durationSeconds: duration, missing, ok: within && !missing.length, summary: parts.join('; ') }
}

/** Seconds as a clock: 45 → "0:45", 390 → "6:30", 3725 → "1:02:05". Rounds down to whole seconds. */
export function formatClock(seconds: number): string {
  const whole = Math.floor(Math.max(0, seconds) + 1e-6)
  const h = Math.floor(whole / 3600)
  const m = Math.floor(whole / 60) % 60
  const s = String(whole % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** "budget 0:45 · at 6:30", as the notes export prints it under each slide's title. */
export function timingLabel(t: SlideTiming): string {
  return `${t.budgetSeconds === null ? 'no budget' : `budget ${formatClock(t.budgetSeconds)}`} · at ${formatClock(t.atSeconds)}`
}
