import { describe, expect, it } from 'vitest'
import { projects } from '../../../data/projects'
import { ProjectSchema, type Project } from '../../../data/schema'
import { DataError, validateRecords } from '../../../data/validate'

const good: Project = structuredClone(projects[0]!) // cr929

function rejectMessage(records: unknown[]): string {
  try {
    validateRecords('projects', ProjectSchema, records)
  }
  catch (e) {
    expect(e).toBeInstanceOf(DataError)
    return (e as Error).message
  }
  throw new Error('expected the records to be rejected')
}

describe('validateRecords', () => {
  it('accepts a good record and returns it', () => {
    expect(validateRecords('projects', ProjectSchema, [good])).toEqual([good])
  })

  it('rejects a missing field, naming subject, id and field', () => {
    const { startYear: _, ...noStart } = good
    expect(rejectMessage([noStart])).toBe('projects: record "cr929", field "startYear": is missing (required field)')
  })

  it('rejects an unknown cooperation mode', () => {
    expect(rejectMessage([{ ...good, mode: 'barter' }]))
      .toMatch(/^projects: record "cr929", field "mode": unknown cooperation mode "barter"/)
  })

  it('rejects a year out of range', () => {
    expect(rejectMessage([{ ...good, startYear: 1850 }]))
      .toBe('projects: record "cr929", field "startYear": year 1850 is out of range 1950–2030')
    expect(rejectMessage([{ ...good, endYear: 2031 }]))
      .toBe('projects: record "cr929", field "endYear": year 2031 is out of range 1950–2030')
  })

  it('rejects an end year before the start year', () => {
    expect(rejectMessage([{ ...good, endYear: 2000 }]))
      .toBe('projects: record "cr929", field "endYear": end year 2000 is before the start year')
  })

  it.each(['javascript:alert(1)', 'ftp://example.org/file', 'www.example.org', ''])('rejects a source that is not an http(s) URL: %j', (url) => {
    const bad = { ...good, sources: [good.sources[0]!, { title: 'Bad', url }] }
    expect(rejectMessage([bad])).toMatch(/^projects: record "cr929", field "sources\.1\.url": .*not an http\(s\) URL/)
  })

  it('rejects a record with no sources', () => {
    expect(rejectMessage([{ ...good, sources: [] }]))
      .toBe('projects: record "cr929", field "sources": at least one source is required')
  })

  it('rejects a duplicate id, naming the id and field "id"', () => {
    expect(rejectMessage([good, { ...projects[1]!, id: 'cr929' }]))
      .toBe('projects: record "cr929", field "id": duplicate id "cr929" (also record #0)')
  })

  it('rejects an unknown field (a typo would otherwise be ignored)', () => {
    expect(rejectMessage([{ ...good, statsu: 'x' }])).toBe('projects: record "cr929", field "statsu": is not a known field')
  })

  it('names a record without an id by its position', () => {
    const { id: _, ...noId } = good
    expect(rejectMessage([good, noId])).toBe('projects: record "#1", field "id": is missing (required field)')
  })

  it('lists every problem, one line each', () => {
    const msg = rejectMessage([{ ...good, startYear: 1850, mode: 'barter' }])
    expect(msg.split('\n')).toHaveLength(2)
  })

  it('exposes the problems in structured form', () => {
    try {
      validateRecords('projects', ProjectSchema, [{ ...good, startYear: 1850 }])
    }
    catch (e) {
      expect((e as DataError).problems).toEqual([{ subject: 'projects', id: 'cr929', field: 'startYear', problem: 'year 1850 is out of range 1950–2030' }])
    }
    expect.assertions(1)
  })
})
