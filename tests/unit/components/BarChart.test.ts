import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BarChart from '../../../components/BarChart.vue'
import { exportPeriods } from '../../../data/exports'

describe('BarChart', () => {
  const w = mount(BarChart)
  const bar = (period: string, country: string) => w.find(`g[data-period="${period}"] g[data-country="${country}"]`)

  it('shows the United States, Russia and China for each of the four periods', () => {
    expect(w.findAll('.bar-chart__period').map(t => t.text())).toEqual(['2008–12', '2010–14', '2015–19', '2020–24'])
    expect(w.findAll('g[data-period="2008–12"] .bar-chart__country').map(t => t.text())).toEqual(['US', 'Russia', 'China'])
  })

  it('labels each bar with its value as a percentage', () => {
    expect(bar('2008–12', 'Russia').find('.bar-chart__value').text()).toBe('26%')
    expect(bar('2020–24', 'Russia').find('.bar-chart__value').text()).toBe('7.8%')
    expect(bar('2020–24', 'China').find('.bar-chart__value').text()).toBe('5.9%')
    expect(bar('2020–24', 'United States').find('.bar-chart__value').text()).toBe('43%')
  })

  it('taller bars for larger shares', () => {
    const h = (p: string, c: string) => Number(bar(p, c).find('rect.bar').attributes('height'))
    expect(h('2008–12', 'Russia')).toBeGreaterThan(h('2020–24', 'Russia'))
    expect(h('2020–24', 'United States')).toBeGreaterThan(h('2020–24', 'China'))
  })

  it('marks a share the release does not give as n/a, with no bar', () => {
    const china = bar('2015–19', 'China')
    expect(china.find('.bar-chart__value').text()).toBe('n/a')
    expect(china.find('rect.bar').exists()).toBe(false)
    expect(w.find('figcaption').text()).toContain('n/a = not given in that release')
  })

  it('names each period\'s release and the caveat under the chart', () => {
    const foot = w.find('.bar-chart__releases').text()
    for (const p of exportPeriods)
      expect(foot).toContain(`${p.period}: ${p.release}`)
    expect(foot).toContain('SIPRI revises its data every year')
  })

  it('is an image with a text alternative and cites the periods', () => {
    expect(w.find('svg').attributes('role')).toBe('img')
    expect(w.find('desc').text()).toContain('2015–19: United States 36%, Russia 21%, China not given')
    expect(w.attributes('data-cites')).toBe('exports:2008-12 exports:2010-14 exports:2015-19 exports:2020-24')
  })

  it('shows an error box for bad props', () => {
    expect(mount(BarChart, { props: { periods: [] } }).text()).toBe('Cannot render BarChart: no periods given')
    expect(mount(BarChart, { props: { countries: ['Atlantis'] as never } }).text()).toBe('Cannot render BarChart: unknown country "Atlantis"')
  })
})
