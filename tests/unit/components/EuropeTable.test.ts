import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import EuropeTable from '../../../components/EuropeTable.vue'
import { europe } from '../../../data/europe'
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
    expect(ids(wrapper)).toEqual(['tornado', 'eurofighter', 'a400m', 'nh90', 'meteor', 'concorde'])
    expect(wrapper.classes()).toContain('comparison-table')
  })

  it('shows facts per row, unknown units as "—" with the legend', () => {
    const { wrapper } = mountTable()
    const cells = (id: string) => wrapper.find(`tr[data-row-id="${id}"]`).findAll('th, td').map(c => c.text())
    expect(cells('tornado')).toEqual(['Tornado', 'UK, W. Germany, Italy', '1969–1979', '992', 'Joint company: 42.5 / 42.5 / 15%', 'Long service; RAF retired it 2019'])
    expect(cells('meteor')[3]).toBe('—')
    expect(wrapper.text()).toContain('— not known / not found in sources')
  })

  it('sorts by units numerically, unknown last (click, then Enter reverses)', async () => {
    const { wrapper } = mountTable()
    const btn = wrapper.findAll('thead th')[3]!.find('button')
    await btn.trigger('click')
    expect(ids(wrapper)).toEqual(['concorde', 'a400m', 'nh90', 'eurofighter', 'tornado', 'meteor'])
    await btn.trigger('keydown', { key: 'Enter' })
    expect(ids(wrapper)).toEqual(['tornado', 'eurofighter', 'nh90', 'a400m', 'concorde', 'meteor'])
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
