import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BarChart from '../../../components/BarChart.vue'
import { recordAsOf } from '../../../components/record.ts'
import { exportPeriods } from '../../../data/exports.ts'

const COUNTRIES = ['United States', 'Russia', 'China'] as const
const w = mount(BarChart)
const bar = (period: string, country: string) => w.find(`g[data-period="${period}"] g[data-country="${country}"]`)

describe('barChart', () => {
  it('shows the United States, Russia and China for every period, in order', () => {
    expect(w.findAll('.bar-chart__period').map(t => t.text())).toEqual(exportPeriods.map(p => p.period))
    expect(w.findAll(`g[data-period="${exportPeriods[0]!.period}"] .bar-chart__country`).map(t => t.text())).toEqual(['US', 'Russia', 'China'])
  })

  it.each(exportPeriods.map(p => [p.period, p] as const))('%s: each bar labelled with its share, n/a with no bar when the release gives none', (period, p) => {
    for (const c of COUNTRIES) {
      const share = p.shares[c]
      expect(bar(period, c).find('.bar-chart__value').text()).toBe(share === null ? 'n/a' : `${share}%`)
      expect(bar(period, c).find('rect.bar').exists()).toBe(share !== null)
    }
  })

  it('draws larger shares as taller bars', () => {
    const bars = exportPeriods.flatMap(p => COUNTRIES.filter(c => p.shares[c] !== null).map(c => ({ share: p.shares[c]!, h: Number(bar(p.period, c).find('rect.bar').attributes('height')) })))
    const byShare = [...bars].sort((a, b) => a.share - b.share)
    expect(byShare.map(b => b.h)).toEqual([...byShare.map(b => b.h)].sort((a, b) => a - b))
  })

  it('says under the chart that each period comes from its own SIPRI release, and what n/a means when a bar is missing', () => {
    expect(w.find('.bar-chart__releases').text()).toMatch(/^Each period from its own SIPRI release/)
    const missing = exportPeriods.some(p => COUNTRIES.some(c => p.shares[c] === null))
    expect(w.find('figcaption').text().includes('n/a: not given in that release')).toBe(missing)
    expect(w.findAll('.bar-chart__value').some(v => v.text() === 'n/a')).toBe(missing)
  })

  it('is an image with a text alternative giving every value, and cites the periods', () => {
    expect(w.find('svg').attributes('role')).toBe('img')
    const desc = w.find('desc').text()
    for (const p of exportPeriods) {
      for (const c of COUNTRIES)
        expect(desc).toContain(`${c} ${p.shares[c] === null ? 'not given' : `${p.shares[c]}%`}`)
    }
    expect(w.attributes('data-cites')).toBe(exportPeriods.map(p => `exports:${p.id}`).join(' '))
  })

  it('dates the record in its caption', () => {
    expect(w.find('figcaption .record-as-of').text()).toBe(recordAsOf())
  })
})
