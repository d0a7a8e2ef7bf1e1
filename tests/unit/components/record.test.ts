// How slides date what they show: one record date for every "Record as of" line, and each figure
// about something still going on with its own month, or "latest found" once it is stale.
import { describe, expect, it } from 'vitest'
import { asOfLabel, recordAsOf } from '../../../components/record.ts'
import { isStale, monthLong, monthYear, RECORD_DATE } from '../../../data/record.ts'

describe('the record date', () => {
  it('is the one month every "Record as of" line names, and the cover\'s', () => {
    expect(recordAsOf()).toBe(`Record as of ${monthYear(RECORD_DATE)}`)
    expect(monthLong('2026-12-02')).toBe('December 2026')
  })

  it.each([
    ['01', 'Jan'],
    ['02', 'Feb'],
    ['03', 'Mar'],
    ['04', 'Apr'],
    ['05', 'May'],
    ['06', 'Jun'],
    ['07', 'Jul'],
    ['08', 'Aug'],
    ['09', 'Sep'],
    ['10', 'Oct'],
    ['11', 'Nov'],
    ['12', 'Dec'],
  ])('month %s reads as %s', (mm, name) => {
    expect(monthYear(`2021-${mm}`)).toBe(`${name} 2021`)
    expect(monthYear(`2021-${mm}-15`)).toBe(`${name} 2021`)
  })
})

describe('a dated figure', () => {
  it('is stale when it is more than two years older than the record date, to the month', () => {
    expect(isStale('2024-11', '2026-12-02')).toBe(true)
    expect(isStale('2024-12', '2026-12-02')).toBe(false)
    expect(isStale('2026-01-31', '2026-12-02')).toBe(false)
  })

  it('reads as its month, or as "latest found" when stale', () => {
    const [year, month] = RECORD_DATE.split('-')
    expect(asOfLabel(`${year}-${month}`)).toBe(monthYear(RECORD_DATE))
    expect(asOfLabel(`${Number(year) - 3}-${month}`)).toBe(`latest found: ${monthYear(`${Number(year) - 3}-${month}`)}`)
  })
})
