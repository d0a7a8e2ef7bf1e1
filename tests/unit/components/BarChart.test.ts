import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BarChart from '../../../components/BarChart.vue'
import { exportPeriods } from '../../../data/exports'

describe('BarChart', () => {
  const w = mount(BarChart)
  const bar = (period: string, country: string) => w.find(`g[data-period="${period}"] g[data-country="${country}"]`)

  const shown = ['United States', 'Russia', 'China'] as const
  const label = (share: number | null) => share === null ? 'n/a' : `${share}%`

  it('shows the United States, Russia and China for each period, in order', () => {
    expect(w.findAll('.bar-chart__period').map(t => t.text())).toEqual(exportPeriods.map(p => p.period))
    for (const p of exportPeriods)
      expect(w.findAll(`g[data-period="${p.period}"] .bar-chart__country`).map(t => t.text())).toEqual(['US', 'Russia', 'China'])
  })

  it('labels each bar with its value as a percentage', () => {
    for (const p of exportPeriods) {
      for (const c of shown)
        expect(bar(p.period, c).find('.bar-chart__value').text(), `${p.period} ${c}`).toBe(label(p.shares[c]))
    }
  })

  it('taller bars for larger shares', () => {
    const h = (p: string, c: string) => Number(bar(p, c).find('rect.bar').attributes('height'))
    const bars = exportPeriods.flatMap(p => shown.map(c => ({ p: p.period, c, share: p.shares[c] }))).filter(b => b.share !== null)
    for (const a of bars) {
      for (const b of bars) {
        if (a.share! > b.share!)
          expect(h(a.p, a.c), `${a.p} ${a.c} vs ${b.p} ${b.c}`).toBeGreaterThan(h(b.p, b.c))
      }
    }
  })

  it('marks a share the release does not give as n/a, with no bar', () => {
    const period = { ...exportPeriods[0]!, shares: { ...exportPeriods[0]!.shares, China: null } }
    const one = mount(BarChart, { props: { periods: [period] } })
    const china = one.find(`g[data-period="${period.period}"] g[data-country="China"]`)
    expect(china.find('.bar-chart__value').text()).toBe('n/a')
    expect(china.find('rect.bar').exists()).toBe(false)
    expect(one.find('figcaption').text()).toContain('n/a = not given in that release')
    expect(one.find('desc').text()).toContain('China not given')
  })

  it('names each period\'s release and the caveat under the chart', () => {
    const foot = w.find('.bar-chart__releases').text()
    for (const p of exportPeriods)
      expect(foot).toContain(`${p.period}: ${p.release}`)
    expect(foot).toContain('SIPRI revises its data every year')
  })

  it('is an image with a text alternative and cites the periods', () => {
    expect(w.find('svg').attributes('role')).toBe('img')
    for (const p of exportPeriods)
      expect(w.find('desc').text()).toContain(`${p.period}: United States ${label(p.shares['United States'])}`)
    expect(w.attributes('data-cites')).toBe(exportPeriods.map(p => `exports:${p.id}`).join(' '))
  })

  it('shows an error box for bad props', () => {
    expect(mount(BarChart, { props: { periods: [] } }).text()).toBe('Cannot render BarChart: no periods given')
    expect(mount(BarChart, { props: { countries: ['Atlantis'] as never } }).text()).toBe('Cannot render BarChart: unknown country "Atlantis"')
  })
})
