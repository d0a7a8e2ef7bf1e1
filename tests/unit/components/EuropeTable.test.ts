import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import EuropeTable from '../../../components/EuropeTable.vue'
import { asOfLabel, recordAsOf, withDispute } from '../../../components/record.ts'
import { europe } from '../../../data/europe.ts'

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
    const units = p.unitsBuilt === null ? '—' : withDispute('asOf' in p ? `${p.unitsBuilt} (${asOfLabel(p.asOf)})` : String(p.unitsBuilt), p, 'units')
    expect(cells(id)).toEqual([p.short, p.partnersShort, `${p.startYear}–${p.serviceYear ?? '—'}`, units, p.workShareShort, withDispute(p.outcomeShort, p, 'outcome')])
  })

  it('cites the programmes it shows', () => {
    expect(wrapper.attributes('data-cites')).toBe(europe.map(p => `europe:${p.id}`).join(' '))
  })

  it('dates the record in the table\'s foot', () => {
    expect(wrapper.find('tfoot').text()).toContain(recordAsOf())
  })
})
