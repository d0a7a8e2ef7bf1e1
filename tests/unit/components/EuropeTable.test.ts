import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import EuropeTable from '../../../components/EuropeTable.vue'
import { recordAsOf } from '../../../components/record'
import { europe } from '../../../data/europe'

const wrapper = mount(EuropeTable)
const cells = (id: string) => wrapper.find(`tr[data-row-id="${id}"]`).findAll('th, td').map(c => c.text())

describe('europeTable', () => {
  it('has six labelled columns on the shared ComparisonTable', () => {
    expect(wrapper.find('caption').text()).toMatch(/European joint programmes/)
    expect(wrapper.findAll('thead th').map(th => th.text())).toEqual(['Programme', 'Partners', 'Start–service', 'Units', 'How work was shared', 'Outcome'])
    expect(wrapper.classes()).toContain('comparison-table')
  })

  it('shows every programme once, in the data\'s order', () => {
    expect(wrapper.findAll('tbody tr').map(tr => tr.attributes('data-row-id'))).toEqual(europe.map(p => p.id))
  })

  it.each(europe.map(p => [p.id, p] as const))('%s: its facts, unknowns as "—"', (id, p) => {
    expect(cells(id)).toEqual([p.short, p.partnersShort, `${p.startYear}–${p.serviceYear ?? '—'}`, p.unitsBuilt === null ? '—' : String(p.unitsBuilt), p.workShareShort, p.outcomeShort])
  })

  it('cites the programmes it shows', () => {
    expect(wrapper.attributes('data-cites')).toBe(europe.map(p => `europe:${p.id}`).join(' '))
  })

  it('dates the record in fine print under the table: the newest check of the programmes shown', () => {
    expect(wrapper.find('.fine-print .record-as-of').text()).toBe(recordAsOf(europe))
  })
})
