import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import EuropeTable from '../../../components/EuropeTable.vue'
import { europe } from '../../../data/europe'
import type { EuropeProgramme } from '../../../data/schema'
import { isClickStep, recordingClick } from './helpers'

function mountTable(props: Record<string, unknown> = {}) {
  const click = recordingClick()
  const wrapper = mount(EuropeTable, { props, global: { directives: { click: click.directive } } })
  return { wrapper, calls: click.calls }
}
const ids = (w: ReturnType<typeof mount>) => w.findAll('tbody tr').map(tr => tr.attributes('data-row-id'))

describe('EuropeTable', () => {
  it('shows the six programmes under six labelled columns, on the shared ComparisonTable', () => {
    const { wrapper } = mountTable()
    expect(wrapper.find('caption').text()).toMatch(/European joint programmes/)
    expect(wrapper.findAll('thead th').map(th => th.text().replace(/[↕▲▼]/g, '').trim()))
      .toEqual(['Programme', 'Partners', 'Start–service', 'Units', 'How work was shared', 'Outcome'])
    expect(ids(wrapper)).toEqual(europe.map(p => p.id))
    expect(wrapper.classes()).toContain('comparison-table')
  })

  it('shows facts per row, unknown units as "—" with the legend', () => {
    const unknown: EuropeProgramme = { ...europe[0]!, id: 'unknowns', serviceYear: null, unitsBuilt: null }
    const shown = [...europe, unknown]
    const { wrapper } = mountTable({ programmes: shown })
    const cells = (id: string) => wrapper.find(`tr[data-row-id="${id}"]`).findAll('th, td').map(c => c.text())
    for (const p of shown) {
      expect(cells(p.id), p.id).toEqual([
        p.short,
        p.partnersShort,
        `${p.startYear}–${p.serviceYear ?? '—'}`,
        p.unitsBuilt === null ? '—' : String(p.unitsBuilt),
        p.workShareShort,
        p.outcomeShort,
      ])
    }
    expect(cells('unknowns')[3]).toBe('—')
    expect(wrapper.text()).toContain('— not known / not found in sources')
  })

  it('sorts by units numerically, unknown last (click, then Enter reverses)', async () => {
    const { wrapper } = mountTable()
    // What a reader sorts by: the first number in the cell ("730+ ordered" is 730).
    const units = new Map(europe.map(p => [p.id, p.unitsBuilt === null ? null : Number(/\d+/.exec(String(p.unitsBuilt))?.[0])]))
    const known = europe.filter(p => units.get(p.id) !== null).map(p => p.id)
    const unknown = europe.filter(p => units.get(p.id) === null).map(p => p.id)
    const ascending = [...known].sort((a, b) => units.get(a)! - units.get(b)!)
    const btn = wrapper.findAll('thead th')[3]!.find('button')
    await btn.trigger('click')
    expect(ids(wrapper)).toEqual([...ascending, ...unknown])
    await btn.trigger('keydown', { key: 'Enter' })
    expect(ids(wrapper)).toEqual([...ascending.reverse(), ...unknown])
  })

  it('reveals rows by click when asked', () => {
    expect(mountTable({ reveal: true }).calls.filter(c => isClickStep(c.value))).toHaveLength(6)
    expect(mountTable().calls.filter(c => isClickStep(c.value))).toHaveLength(0)
  })

  it('cites the programmes it shows', () => {
    expect(mountTable().wrapper.attributes('data-cites')).toBe(europe.map(p => `europe:${p.id}`).join(' '))
  })

  it('shows an error box when given no programmes', () => {
    expect(mountTable({ programmes: [] }).wrapper.text()).toBe('Cannot render EuropeTable: no rows given')
  })
})
