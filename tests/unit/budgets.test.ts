// The talk's time plan: every slide has a `budget:` and the budgets add up to the headmatter's
// `duration` (20 minutes) within 5 %. A failure names the total and the slides without a budget.
import { beforeAll, describe, expect, it } from 'vitest'
import { checkBudgets, durationSeconds, slideTimings } from '../../lib/pace.ts'
import { loadSlidevData } from '../support/deck.ts'

let data: Awaited<ReturnType<typeof loadSlidevData>>
let slides: Awaited<ReturnType<typeof loadSlidevData>>['slides']

beforeAll(async () => {
  data = await loadSlidevData()
  slides = data.slides.filter(s => !s.frontmatter?.disabled && !s.frontmatter?.hide)
})

describe('slide budgets in slides.md', () => {
  it('puts a budget on every slide, adding up to the duration within 5 %', () => {
    const check = checkBudgets(slides, durationSeconds(data.headmatter))
    expect(check.durationSeconds, 'headmatter duration').toBe(20 * 60)
    expect(check.ok, check.summary).toBe(true)
  })

  it('keeps title and reference slides short and no slide longer than 2 minutes', () => {
    const timings = slideTimings(slides)
    const long = timings.map((t, i) => ({ no: i + 1, s: t.budgetSeconds ?? 0 })).filter(t => t.s > 120).map(t => t.no)
    expect(long, 'slides budgeted over 2 minutes').toEqual([])
    const short = slides.map((s, i) => ({ no: i + 1, title: s.title ?? '', s: timings[i]!.budgetSeconds ?? 0 }))
      .filter(s => s.no === 1 || /^Sources\b/.test(s.title))
      .filter(s => s.s > 30)
      .map(s => `slide ${s.no} (${s.s} s)`)
    expect(short, 'cover and source slides budgeted over 30 s').toEqual([])
  })
})
