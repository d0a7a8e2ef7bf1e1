import { describe, expect, it } from 'vitest'
import { CLAIM_IDS, claims } from '../../../data/claims'
import { europe } from '../../../data/europe'
import { EXPORT_CAVEAT, EXPORT_UNIT, exportPeriods, shareOf } from '../../../data/exports'
import { projects } from '../../../data/projects'
import { reasons } from '../../../data/reasons'
import { allCiteKeys, allSources, sourcesFor } from '../../../data/sources'

const subjects = { projects, europe, exports: exportPeriods, reasons, claims }

describe('the real data', () => {
  // "At least one source, each an http(s) URL" is a schema rule (data/schema.ts): importing the
  // data enforces it, and validate.test.ts shows the error a bad record gets.

  it('has the eight Sino-Russian projects', () => {
    expect(projects.map(p => p.id)).toEqual(['cr929', 'ahl', 'jf17', 'j11', 'su30', 'il76_il78', 'su35', 'sovremenny'])
  })

  it('keeps unknowns as null instead of guessing', () => {
    const il76 = projects.find(p => p.id === 'il76_il78')!
    expect(il76.units.delivered).toBeNull()
    expect(projects.find(p => p.id === 'cr929')!.units.planned).toBeNull()
    expect(europe.find(p => p.id === 'meteor')!.unitsBuilt).toBeNull()
    const p2015 = exportPeriods.find(p => p.period === '2015–19')!
    expect(shareOf(p2015, 'China')).toBeNull()
  })

  it('has the six European programmes', () => {
    expect(europe.map(p => p.id)).toEqual(['tornado', 'eurofighter', 'a400m', 'nh90', 'meteor', 'concorde'])
  })

  it('has SIPRI shares for four periods, each naming its release, with unit and caveat', () => {
    expect(exportPeriods.map(p => p.period)).toEqual(['2008–12', '2010–14', '2015–19', '2020–24'])
    expect(exportPeriods.every(p => p.release.length > 0)).toBe(true)
    expect(exportPeriods.map(p => p.shares.Russia)).toEqual([26, 27, 21, 7.8])
    expect(EXPORT_UNIT).toMatch(/per cent/)
    expect(EXPORT_CAVEAT).toMatch(/revises/)
  })

  it('has the essay\'s three reasons in its own terms', () => {
    expect(reasons.map(r => r.id)).toEqual(['needs', 'industry', 'markets'])
    const industry = reasons.find(r => r.id === 'industry')!
    expect(industry.china).toMatch(/improved significantly in recent years/)
    expect(industry.russia).toMatch(/lagging behind/i)
  })

  it('has every fact-check claim, each with a verdict and a short record', () => {
    expect(claims.map(c => c.id).sort()).toEqual([...CLAIM_IDS].sort())
    for (const id of ['cr929-terminated', 'z20-answer', 'ahl-stalled', 'thunder-success', 'su35sk', 'j11a', 'tens-of-billions', 'il76-supplied', 'exporters'])
      expect(claims.some(c => c.id === id), id).toBe(true)
    for (const c of claims)
      expect(c.record.split(/\s+/).length, c.id).toBeLessThanOrEqual(35)
    expect(claims.find(c => c.id === 'exporters')!.verdict).toBe('confirmed')
  })

  it('quotes the essay verbatim in every claim', async () => {
    const { readFileSync } = await import('node:fs')
    const { resolve } = await import('node:path')
    const essay = readFileSync(resolve(import.meta.dirname, '../../../content/essay.txt'), 'utf8')
    for (const c of claims) {
      for (const part of c.essay.split(' … '))
        expect(essay, c.id).toContain(part)
    }
  })
})

describe('sources', () => {
  it('lists each URL once', () => {
    const urls = allSources.map(s => s.url.toLowerCase().replace(/\/$/, ''))
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('records which records cite a shared source', () => {
    const jdw = allSources.find(s => s.url === 'https://keypublishing.wordpress-developer.us/?p=142136')!
    expect(jdw.cites).toEqual(expect.arrayContaining(['projects:j11', 'projects:su30', 'claims:j11a']))
  })

  it('every record\'s sources are reachable through sourcesFor', () => {
    for (const [subject, records] of Object.entries(subjects)) {
      for (const r of records) {
        const urls = sourcesFor([`${subject}:${r.id}`]).map(s => s.url)
        for (const s of r.sources)
          expect(urls.map(u => u.toLowerCase()), `${subject}:${r.id}`).toContain(s.url.toLowerCase())
      }
    }
  })

  it('sourcesFor a bare subject gives all its sources; unknown keys give none', () => {
    expect(sourcesFor(['claims:su35sk']).map(s => s.title)).toEqual(['TASS, 11 Apr 2017', 'Reuters via Swissinfo, \'Russia to deliver 10 Su-35 fighter jets to China this year\''])
    expect(sourcesFor(['exports']).length).toBeGreaterThanOrEqual(8)
    expect(sourcesFor(['projects:nope'])).toEqual([])
    expect(allCiteKeys).toContain('claims:exporters')
  })
})
