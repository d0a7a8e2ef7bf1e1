// A rehearsal, as the presenter window records it: which slide was on screen for how much of the
// talk's time. Talk time is Slidev's own timer (its shared state: running, paused, stopped), so the
// record pauses when the timer pauses and a new rehearsal starts when the timer restarts after a
// reset. Plain data and pure functions; components/PresenterPace.vue wires them to the presenter.
import type { SlideTiming } from './pace.ts'
import { formatClock } from './pace.ts'

/** The part of Slidev's shared timer state the talk clock needs (`sharedState.timer`). */
export interface TimerState {
  status: 'stopped' | 'running' | 'paused'
  startedAt: number
  pausedAt: number
}

/** Seconds on Slidev's timer at wall-clock `now` (ms): the same arithmetic as its useTimer(). */
export function talkSeconds(timer: TimerState, now: number): number {
  if (timer.status === 'stopped' || !timer.startedAt)
    return 0
  const end = timer.status === 'paused' ? timer.pausedAt : now
  return Math.max(0, end - timer.startedAt) / 1000
}

export interface Rehearsal {
  /** Wall-clock start, ISO 8601: names the run in the log and in downloads. */
  startedAt: string
  /** Talk seconds spent on each slide so far, by slide number (visits that have ended). */
  spent: Record<number, number>
  /** The slide on screen and the talk second it came on; null once the rehearsal has ended. */
  visit: { no: number, since: number } | null
  /** The talk second the rehearsal was last recorded at: a window closed mid-slide keeps that slide's time. */
  upTo: number
}

export function startRehearsal(no: number, t: number, startedAt: Date): Rehearsal {
  return { startedAt: startedAt.toISOString(), spent: {}, visit: { no, since: t }, upTo: t }
}

/** The rehearsal as it stands at talk second `t`: what a log read later, or a closed window, shows. */
export function recordUpTo(r: Rehearsal, t: number): Rehearsal {
  return { ...r, upTo: Math.max(r.upTo, t) }
}

/** Ends the current visit at talk second `t`, adding its time to its slide. */
function closeVisit(r: Rehearsal, t: number): Rehearsal['spent'] {
  if (!r.visit)
    return r.spent
  const { no, since } = r.visit
  return { ...r.spent, [no]: (r.spent[no] ?? 0) + Math.max(0, t - since) }
}

/** Slide `no` comes on screen at talk second `t` (keys, clicks on a new slide, go-to, overview). */
export function moveTo(r: Rehearsal, no: number, t: number): Rehearsal {
  if (!r.visit || r.visit.no === no)
    return r
  return { ...r, spent: closeVisit(r, t), visit: { no, since: t }, upTo: Math.max(r.upTo, t) }
}

/** The rehearsal ends at talk second `t` (the timer was reset). */
export function endRehearsal(r: Rehearsal, t: number): Rehearsal {
  return { ...r, spent: closeVisit(r, t), visit: null, upTo: Math.max(r.upTo, t) }
}

/** Talk seconds spent on slide `no`, the visit in progress included. */
export function secondsOn(r: Rehearsal, no: number, t: number): number {
  const live = r.visit?.no === no ? Math.max(0, t - r.visit.since) : 0
  return (r.spent[no] ?? 0) + live
}

/** All talk seconds the rehearsal has recorded. */
export function totalSeconds(r: Rehearsal, t: number): number {
  const ended = Object.values(r.spent).reduce((a, b) => a + b, 0)
  return ended + (r.visit ? Math.max(0, t - r.visit.since) : 0)
}

/**
 * How far behind plan the talk is (negative: ahead), in seconds, on slide `no` at talk second `t`,
 * having spent `onSlide` seconds on it. The plan says this slide starts at its `atSeconds` (the
 * budgets of the slides before it) and that its own budget is used up as the speaker talks; time
 * beyond the budget on this slide counts against the speaker at once.
 */
export function paceSeconds(timing: SlideTiming, onSlide: number, t: number): number {
  const planned = timing.atSeconds + Math.min(onSlide, timing.budgetSeconds ?? 0)
  return t - planned
}

/** "+1:10 behind", "0:20 ahead", or "on time" within a second of the plan. */
export function paceLabel(seconds: number): string {
  if (seconds >= 1)
    return `+${formatClock(seconds)} behind`
  if (seconds <= -1)
    return `${formatClock(-seconds)} ahead`
  return 'on time'
}

export interface LogRow {
  slide: number
  title: string
  /** Whole seconds; null for a slide without a budget. */
  budgetSeconds: number | null
  /** Whole seconds spent on the slide in this rehearsal; null for a slide the rehearsal never reached. */
  actualSeconds: number | null
}

/** Whether slide `no` was on screen at some point of rehearsal `r`. */
function reached(r: Rehearsal, no: number): boolean {
  return no in r.spent || r.visit?.no === no
}

/** One row per slide of the deck, in order, for rehearsal `r` as it stands at talk second `t` (its `upTo` once it is over). */
export function logRows(r: Rehearsal, slides: readonly { title: string }[], timings: readonly SlideTiming[], t = r.upTo): LogRow[] {
  return slides.map((s, i) => ({
    slide: i + 1,
    title: s.title,
    budgetSeconds: timings[i]?.budgetSeconds ?? null,
    actualSeconds: reached(r, i + 1) ? Math.round(secondsOn(r, i + 1, t)) : null,
  }))
}

/** "+0:15 over", "0:20 under", "on budget" (within a second), or "" without a budget or a time. */
export function overUnder(row: LogRow): string {
  if (row.budgetSeconds === null || row.actualSeconds === null)
    return ''
  const d = row.actualSeconds - row.budgetSeconds
  return d >= 1 ? `+${formatClock(d)} over` : d <= -1 ? `${formatClock(-d)} under` : 'on budget'
}

function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The log as CSV (RFC 4180, CRLF line ends): slide, title, budget and actual in seconds. */
export function logCsv(rows: readonly LogRow[]): string {
  const lines = [['slide', 'title', 'budget_seconds', 'actual_seconds'].join(',')]
  for (const r of rows)
    lines.push([r.slide, r.title, r.budgetSeconds, r.actualSeconds].map(csvField).join(','))
  return `${lines.join('\r\n')}\r\n`
}

/** The log as JSON: the deck, when the rehearsal started, and the same rows as the CSV. */
export function logJson(deck: string, r: Rehearsal, rows: readonly LogRow[]): string {
  return `${JSON.stringify({ deck, startedAt: r.startedAt, slides: rows }, null, 2)}\n`
}

/** "rehearsal-2026-11-28-1405": a file name from the rehearsal's start, in local time. */
export function logFileName(r: Rehearsal): string {
  const d = new Date(r.startedAt)
  const p = (n: number) => String(n).padStart(2, '0')
  return `rehearsal-${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`
}

/** How many rehearsals the browser keeps. */
const KEEP_REHEARSALS = 5

/** The history with `r` in front (replacing its earlier copy), at most `keep` long, newest first. */
export function remember(history: readonly Rehearsal[], r: Rehearsal, keep = KEEP_REHEARSALS): Rehearsal[] {
  return [r, ...history.filter(h => h.startedAt !== r.startedAt)].slice(0, keep)
}

/** A history read back from localStorage; anything that is not one (edited, older format) is dropped. */
export function parseHistory(json: string | null): Rehearsal[] {
  let value: unknown
  try {
    value = JSON.parse(json ?? '[]')
  }
  catch {
    return []
  }
  if (!Array.isArray(value))
    return []
  return value
    .filter((r): r is Rehearsal => !!r && typeof r === 'object'
      && typeof r.startedAt === 'string' && !!r.spent && typeof r.spent === 'object'
      && (r.visit === null || (typeof r.visit?.no === 'number' && typeof r.visit?.since === 'number')))
    // Kept before rehearsals recorded how far they got: as far as their last slide change.
    .map(r => typeof r.upTo === 'number' ? r : { ...r, upTo: r.visit?.since ?? Object.values(r.spent).reduce((a, b) => a + b, 0) })
}
