// Budgets, pace arithmetic and the rehearsal log (lib/pace.ts, lib/rehearsal.ts): what the
// presenter's pace display shows and what a downloaded log holds.
import { describe, expect, it } from 'vitest'
import { BudgetError, checkBudgets, durationSeconds, formatClock, slideTimings, timingLabel } from '../../lib/pace.ts'
import { endRehearsal, logCsv, logFileName, logJson, logRows, moveTo, paceLabel, paceSeconds, parseHistory, remember, secondsOn, startRehearsal, talkSeconds, totalSeconds } from '../../lib/rehearsal.ts'

const deck = (...budgets: (string | undefined)[]) => budgets.map((budget, i) => ({ title: `Slide ${i + 1}`, frontmatter: budget ? { budget } : {} }))

/** One slide's budget as the deck reads it; `title` names the slide in errors. */
const parseBudget = (budget: unknown, title = 'AHL') => slideTimings([{ title, frontmatter: { budget } }])[0]!.budgetSeconds

describe('a slide\'s budget', () => {
  it.each([['45s', 45], ['1m30s', 90], ['2min', 120], ['0:45', 45], [' 30s ', 30], ['1m', 60]])('reads %j as %d s', (text, seconds) => {
    expect(parseBudget(text)).toBe(seconds)
  })

  it('has no budget for a missing field', () => {
    expect(parseBudget(undefined)).toBeNull()
  })

  it.each([[45, 'has no unit'], ['45 s', 'is not a duration'], ['1m3Os', 'is not a duration'], ['+10s', 'not a positive duration'], ['0s', 'not a positive duration'], ['soon', 'is not a duration']])('rejects %j, naming the slide and the field', (value, why) => {
    const run = () => parseBudget(value)
    expect(run).toThrow(BudgetError)
    expect(run).toThrow(`slides.md: slide 1 ("AHL"), field "budget": `)
    expect(run).toThrow(why)
  })
})

describe('slideTimings', () => {
  it('gives each slide its budget and the planned time it starts', () => {
    expect(slideTimings(deck('20s', '1m30s', '45s'))).toEqual([
      { budgetSeconds: 20, atSeconds: 0 },
      { budgetSeconds: 90, atSeconds: 20 },
      { budgetSeconds: 45, atSeconds: 110 },
    ])
  })

  it('counts a slide without a budget as none (null, 0 s)', () => {
    expect(slideTimings(deck('20s', undefined, '45s')).map(t => [t.budgetSeconds, t.atSeconds])).toEqual([[20, 0], [null, 20], [45, 20]])
  })

  it('names the slide with a malformed budget by number and title', () => {
    expect(() => slideTimings(deck('20s', '2 min'))).toThrow('slide 2 ("Slide 2"), field "budget": "2 min" is not a duration')
  })

  it('labels timings as the notes export prints them', () => {
    expect(slideTimings(deck('6m30s', '45s')).map(timingLabel)).toEqual(['budget 6:30 · at 0:00', 'budget 0:45 · at 6:30'])
    expect(timingLabel({ budgetSeconds: null, atSeconds: 61 })).toBe('no budget · at 1:01')
  })
})

describe('checkBudgets', () => {
  it('passes budgets within 5 % of the duration', () => {
    expect(checkBudgets(deck('10m', '9m30s'), 1200).ok).toBe(true) // 1140 s: 5 % under
    expect(checkBudgets(deck('10m', '11m'), 1200).ok).toBe(true) // 1260 s: 5 % over
  })

  it('fails outside 5 %, naming the total', () => {
    const check = checkBudgets(deck('10m', '8m30s'), 1200)
    expect(check.ok).toBe(false)
    expect(check.summary).toContain('budgets add up to 18:30 for a 20:00 talk')
  })

  it('fails when a slide has no budget, naming it', () => {
    const check = checkBudgets(deck('10m', undefined, '10m'), 1200)
    expect(check.ok).toBe(false)
    expect(check.missing).toEqual(['slide 2 ("Slide 2")'])
    expect(check.summary).toContain('no budget on slide 2 ("Slide 2")')
  })

  it('reads the duration as Slidev does', () => {
    expect(durationSeconds({ duration: '20min' })).toBe(1200)
    expect(durationSeconds({})).toBe(1800)
    expect(() => durationSeconds({ duration: '20mn' })).toThrow('slides.md: headmatter, field "duration": "20mn" is not a duration; write it as 20min or 1h10m')
    expect(() => durationSeconds({ duration: '0min' })).toThrow(BudgetError)
  })
})

describe('formatClock and paceLabel', () => {
  it.each([[0, '0:00'], [45, '0:45'], [59.9, '0:59'], [390, '6:30'], [3725, '1:02:05'], [-5, '0:00']])('%d s → %s', (s, text) => {
    expect(formatClock(s)).toBe(text)
  })

  it.each([[70, '+1:10 behind'], [-20, '0:20 ahead'], [0.4, 'on time'], [-0.9, 'on time']])('%d s → %s', (s, text) => {
    expect(paceLabel(s)).toBe(text)
  })
})

describe('talkSeconds: Slidev\'s timer state as seconds', () => {
  it('is 0 while stopped, runs while running, holds while paused', () => {
    expect(talkSeconds({ status: 'stopped', startedAt: 0, pausedAt: 0 }, 5000)).toBe(0)
    expect(talkSeconds({ status: 'running', startedAt: 1000, pausedAt: 0 }, 31_000)).toBe(30)
    expect(talkSeconds({ status: 'paused', startedAt: 1000, pausedAt: 11_000 }, 99_000)).toBe(10)
  })
})

describe('a rehearsal', () => {
  const timings = slideTimings(deck('20s', '30s', '45s'))
  const started = new Date('2026-11-28T14:05:00')

  it('records the time on each slide across visits, the one in progress included', () => {
    let r = startRehearsal(1, 0, started)
    r = moveTo(r, 2, 15)
    r = moveTo(r, 2, 20) // a click on the same slide changes nothing
    r = moveTo(r, 1, 40) // back
    r = moveTo(r, 3, 45)
    expect(secondsOn(r, 1, 50)).toBe(20)
    expect(secondsOn(r, 2, 50)).toBe(25)
    expect(secondsOn(r, 3, 50)).toBe(5)
    expect(totalSeconds(r, 50)).toBe(50)
    r = endRehearsal(r, 60)
    expect(r.visit).toBeNull()
    expect(secondsOn(r, 3, 999)).toBe(15)
    expect(moveTo(r, 1, 70)).toBe(r) // an ended rehearsal records nothing more
  })

  it('measures pace against the plan: budgets of the slides before, this one as far as used', () => {
    // Slide 3 starts at 0:50 in the plan. Arriving at 1:00 is 10 s behind; 30 s into its 45 s, still 10 s behind.
    expect(paceSeconds(timings[2]!, 0, 60)).toBe(10)
    expect(paceSeconds(timings[2]!, 30, 90)).toBe(10)
    // 60 s on a 45 s slide: the 15 s over count at once.
    expect(paceSeconds(timings[2]!, 60, 120)).toBe(25)
    // Arriving early is ahead.
    expect(paceLabel(paceSeconds(timings[1]!, 0, 10))).toBe('0:10 ahead')
  })

  it('logs one row per slide with budget and actual, as CSV and JSON', () => {
    let r = startRehearsal(1, 0, started)
    r = moveTo(r, 2, 12.4)
    const slides = [{ title: 'Cover' }, { title: 'Fact check: "tens of billions", really?' }, { title: 'End' }]
    const rows = logRows(r, slides, timings, 50)
    expect(rows).toEqual([
      { slide: 1, title: 'Cover', budgetSeconds: 20, actualSeconds: 12 },
      { slide: 2, title: 'Fact check: "tens of billions", really?', budgetSeconds: 30, actualSeconds: 38 },
      { slide: 3, title: 'End', budgetSeconds: 45, actualSeconds: null },
    ])
    expect(logCsv(rows)).toBe([
      'slide,title,budget_seconds,actual_seconds',
      '1,Cover,20,12',
      '2,"Fact check: ""tens of billions"", really?",30,38',
      '3,End,45,',
      '',
    ].join('\r\n'))
    const json = JSON.parse(logJson('Deck', r, rows))
    expect(json).toEqual({ deck: 'Deck', startedAt: started.toISOString(), slides: rows })
    expect(logFileName(r)).toBe('rehearsal-2026-11-28-1405')
  })

  it('keeps the last five rehearsals, newest first, and reads back only what it wrote', () => {
    let history: ReturnType<typeof parseHistory> = []
    for (let i = 0; i < 7; i++)
      history = remember(history, startRehearsal(1, 0, new Date(Date.UTC(2026, 10, 28, 10, i))))
    expect(history.map(h => h.startedAt.slice(11, 16))).toEqual(['10:06', '10:05', '10:04', '10:03', '10:02'])
    const updated = moveTo(history[0]!, 2, 5)
    expect(remember(history, updated)).toHaveLength(5)
    expect(remember(history, updated)[0]).toBe(updated)
    expect(parseHistory(JSON.stringify(history))).toEqual(history)
    expect(parseHistory('{oops')).toEqual([])
    expect(parseHistory(JSON.stringify([{ startedAt: 1 }, ...history.slice(0, 1)]))).toEqual(history.slice(0, 1))
  })
})
