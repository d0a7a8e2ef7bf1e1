import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DealsTable from '../../../components/DealsTable.vue'
import { asOfLabel, recordAsOf, withDispute } from '../../../components/record.ts'
import { deals } from '../../../data/deals.ts'

const wrapper = mount(DealsTable)
const shown = deals.filter(d => d.leftOut)

describe('dealsTable ("What the essay leaves out")', () => {
  it('shows the deals marked leftOut, in the data\'s order, and no other', () => {
    expect(shown.length).toBeGreaterThan(0)
    expect(wrapper.findAll('tbody tr').map(tr => tr.attributes('data-row-id'))).toEqual(shown.map(d => d.id))
    expect(wrapper.attributes('data-cites')).toBe(shown.map(d => `deals:${d.id}`).join(' '))
  })

  it.each(shown.map(d => [d.id, d] as const))('%s: what, years, how and the figure, dated, labelled and marked when disputed', (id, d) => {
    const cells = wrapper.find(`tr[data-row-id="${id}"]`).findAll('th, td').map(c => c.text())
    expect(cells.slice(0, 3)).toEqual([d.name, d.years, d.how])
    expect(cells[3]!.startsWith(d.figure)).toBe(true)
    if ('asOf' in d)
      expect(cells[3]).toContain(`(${asOfLabel(d.asOf)})`)
    if ('label' in d)
      expect(cells[3]).toContain(`[${d.label}]`)
    expect(cells[3]!.endsWith('(disputed)')).toBe(withDispute('', d, 'figure') !== '')
  })

  it('dates the record in its foot', () => {
    expect(wrapper.find('tfoot').text()).toContain(recordAsOf())
  })
})
