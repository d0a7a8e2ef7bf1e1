import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Timeline from '../../../components/Timeline.vue'
import { projects } from '../../../data/projects'

describe('Timeline', () => {
  const w = mount(Timeline)
  const row = (id: string) => w.find(`g.timeline__row[data-row-id="${id}"]`)

  it('is an accessible figure: svg role=img labelled by a title and description, with a figcaption', () => {
    const svg = w.find('svg[role="img"]')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(w.find(`title[id="${titleId}"]`).text()).toMatch(/1990–2025/)
    expect(w.find(`desc[id="${descId}"]`).text()).toContain('CR929 airliner: Joint development, 2017–2023')
    expect(w.find('figcaption').text()).toMatch(/1990–2025/)
  })

  it('draws one bar per project, labelled with its mode in words', () => {
    expect(w.findAll('g.timeline__row')).toHaveLength(8)
    expect(row('j11').find('.timeline__mode').text()).toBe('Licensed production')
    expect(row('jf17').find('.timeline__mode').text()).toBe('Third-country project')
    expect(row('su35').find('rect').classes()).toContain('bar--direct-purchase')
  })

  it('runs bars from start to end year, later projects further right', () => {
    const x = (id: string) => Number(row(id).find('rect').attributes('x'))
    const width = (id: string) => Number(row(id).find('rect').attributes('width'))
    expect(x('j11')).toBeLessThan(x('su30'))
    expect(x('su30')).toBeLessThan(x('cr929'))
    expect(width('j11')).toBeGreaterThan(width('su35')) // 8 years vs 3
    expect(row('j11').find('.timeline__years').text()).toBe('1996–2004')
  })

  it('marks open-ended projects as ongoing with an arrow', () => {
    const ongoing = projects.filter(p => p.endYear === null).map(p => p.id)
    expect(ongoing).toEqual(['ahl', 'jf17'])
    for (const id of ongoing) {
      expect(row(id).find('.timeline__ongoing').text()).toBe('ongoing')
      expect(row(id).find('line.arrow').exists()).toBe(true)
    }
    expect(row('cr929').find('.timeline__ongoing').exists()).toBe(false)
  })

  it('has a legend naming each mode', () => {
    expect(w.findAll('.legend-item').map(l => l.text())).toEqual(['Joint development', 'Licensed production', 'Direct purchase', 'Third-country project'])
  })

  it('cites the projects', () => {
    expect(w.attributes('data-cites')).toBe(projects.map(p => `projects:${p.id}`).join(' '))
  })

  it('renders names as text, and shows an error box for no projects', () => {
    const evil = mount(Timeline, { props: { projects: [{ ...projects[0]!, short: '<img src=x onerror=alert(1)>' }] } })
    expect(evil.find('img').exists()).toBe(false)
    expect(evil.find('.timeline__name').text()).toBe('<img src=x onerror=alert(1)>')
    expect(mount(Timeline, { props: { projects: [] } }).text()).toBe('Cannot render Timeline: no projects given')
  })
})
