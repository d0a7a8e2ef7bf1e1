import { describe, expect, it } from 'vitest'
import { recordAsOf } from '../../../components/record'

describe('recordAsOf', () => {
  it('names the month and year of a single record\'s check', () => {
    expect(recordAsOf([{ checked: '2024-03-07' }])).toBe('Record as of Mar 2024')
  })

  it('takes the newest check among the records, wherever it stands in the list', () => {
    expect(recordAsOf([{ checked: '2025-01-31' }, { checked: '2025-09-01' }, { checked: '2024-12-31' }])).toBe('Record as of Sep 2025')
    expect(recordAsOf([{ checked: '2023-12-01' }, { checked: '2023-02-28' }])).toBe('Record as of Dec 2023')
  })

  it('compares whole dates, not months alone (a later year wins over a later month)', () => {
    expect(recordAsOf([{ checked: '2022-11-30' }, { checked: '2023-01-02' }])).toBe('Record as of Jan 2023')
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
    expect(recordAsOf([{ checked: `2021-${mm}-15` }])).toBe(`Record as of ${name} 2021`)
  })

  it('refuses an empty list and a date not written YYYY-MM-DD, naming the value', () => {
    expect(() => recordAsOf([])).toThrow(/no records given/)
    expect(() => recordAsOf([{ checked: '28 Nov 2026' }])).toThrow('"28 Nov 2026" is not a date written YYYY-MM-DD')
    expect(() => recordAsOf([{ checked: '2026-13-01' }])).toThrow('"2026-13-01"')
  })
})
