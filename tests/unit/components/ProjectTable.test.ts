import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ProjectTable from '../../../components/ProjectTable.vue'
import { projects } from '../../../data/projects'
import type { Project } from '../../../data/schema'
import { MODE_LABELS } from '../../../data/vocabulary'
import { isClickStep, recordingClick } from './helpers'

function mountTable(props: Record<string, unknown> = {}) {
  const click = recordingClick()
  const wrapper = mount(ProjectTable, { props, global: { directives: { click: click.directive } } })
  return { wrapper, calls: click.calls }
}

const headerTexts = (w: ReturnType<typeof mount>) => w.findAll('thead th').map(th => th.text().replace(/[↕▲▼]/g, '').trim())

describe('ProjectTable', () => {
  it('shows all eight projects under six labelled columns', () => {
    const { wrapper } = mountTable()
    expect(wrapper.find('caption').text()).toMatch(/China–Russia projects/)
    expect(headerTexts(wrapper)).toEqual(['Project', 'Mode', 'Years', 'Units planned / delivered', 'Core tech shared', 'Outcome'])
    expect(wrapper.findAll('tbody tr').map(tr => tr.attributes('data-row-id')))
      .toEqual(projects.map(p => p.id))
  })

  it('shows each project\'s facts: years, units with unknowns as "—", core tech as Yes/No/—', () => {
    const unknown: Project = { ...projects[0]!, id: 'unknowns', endYear: null, units: { planned: null, delivered: null }, coreTechShared: null }
    const shown = [...projects, unknown]
    const { wrapper } = mountTable({ projects: shown })
    const cells = (id: string) => wrapper.find(`tr[data-row-id="${id}"]`).findAll('th, td').map(c => c.text())
    const count = (v: number | string | null) => v === null ? '—' : String(v)
    for (const p of shown) {
      expect(cells(p.id), p.id).toEqual([
        p.short,
        MODE_LABELS[p.mode],
        p.endYear === null ? `since ${p.startYear}` : `${p.startYear}–${p.endYear}`,
        `${count(p.units.planned)} / ${count(p.units.delivered)}`,
        p.coreTechShared === null ? '—' : p.coreTechShared ? 'Yes' : 'No',
        p.outcomeShort,
      ])
    }
    expect(cells('unknowns').slice(2, 5)).toEqual([`since ${unknown.startYear}`, '— / —', '—'])
    expect(wrapper.find('.legend').text()).toBe('— not known / not found in sources')
  })

  it('puts a mode badge with the mode\'s label in every row', () => {
    const { wrapper } = mountTable()
    const badge = (id: string) => wrapper.find(`tr[data-row-id="${id}"] .mode-badge`).text()
    expect(badge('cr929')).toBe('Joint development')
    expect(badge('j11')).toBe('Licensed production')
    expect(badge('su35')).toBe('Direct purchase')
    expect(badge('jf17')).toBe('Third-country project')
  })

  it('sorts by years (start year), by click and by Enter', async () => {
    const { wrapper } = mountTable()
    const yearsBtn = wrapper.findAll('thead th')[2]!.find('button')
    await yearsBtn.trigger('click')
    const ids = () => wrapper.findAll('tbody tr').map(tr => tr.attributes('data-row-id'))
    expect(ids().slice(0, 2).sort()).toEqual(['j11', 'sovremenny']) // both 1996
    expect(ids().at(-1)).toBe('cr929') // 2017
    await yearsBtn.trigger('keydown', { key: 'Enter' })
    expect(ids()[0]).toBe('cr929')
    expect(wrapper.findAll('thead th')[2]!.attributes('aria-sort')).toBe('descending')
  })

  it('highlights the given project', () => {
    const { wrapper } = mountTable({ highlight: 'cr929' })
    const row = wrapper.find('tr[data-row-id="cr929"]')
    expect(row.classes()).toContain('is-highlighted')
    expect(row.find('th .marker').exists()).toBe(true)
  })

  it('reveal makes each of the eight rows a click step', () => {
    const { calls } = mountTable({ reveal: true, highlight: 'cr929' })
    expect(calls.filter(c => isClickStep(c.value))).toHaveLength(8)
  })

  it('cites every project it shows', () => {
    const { wrapper } = mountTable()
    expect(wrapper.attributes('data-cites')!.split(' ')).toEqual(projects.map(p => `projects:${p.id}`))
  })

  it('shows an error box for an unknown highlight id', () => {
    const { wrapper } = mountTable({ highlight: 'cr-929' })
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.text()).toBe('Cannot render ProjectTable: highlight "cr-929" matches no row')
  })

  it('shows an error box for no projects', () => {
    const { wrapper } = mountTable({ projects: [] })
    expect(wrapper.text()).toBe('Cannot render ProjectTable: no rows given')
  })

  it('renders markup in project data as text', () => {
    const evil: Project = { ...projects[0]!, short: '<img src=x onerror=alert(1)>', outcomeShort: '<b>bold</b>' }
    const { wrapper } = mountTable({ projects: [evil] })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.find('tbody th').text()).toBe('<img src=x onerror=alert(1)>')
  })
})
