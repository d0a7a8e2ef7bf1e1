import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { recordAsOf } from '../../../components/record.ts'
import SinceTable from '../../../components/SinceTable.vue'
import { monthYear } from '../../../data/record.ts'
import { since } from '../../../data/since.ts'

const wrapper = mount(SinceTable)

describe('sinceTable ("What changed since the essay")', () => {
  it('lists every event, oldest first, with its month and what changed, labelled where it rests on leaked documents or one source', () => {
    expect([...since].map(e => e.date)).toEqual([...since].map(e => e.date).sort())
    const rows = wrapper.findAll('tbody tr').map(tr => tr.findAll('th, td').map(c => c.text()))
    expect(rows).toEqual(since.map(e => [monthYear(e.date), 'label' in e ? `${e.headline} [${e.label}]` : e.headline]))
    expect(wrapper.attributes('data-cites')).toBe(since.map(e => `since:${e.id}`).join(' '))
    expect(wrapper.find('tfoot').text()).toContain(recordAsOf())
  })

  it('labels the report of leaked documents as such', () => {
    const leaked = since.filter(e => 'label' in e && e.label === 'leaked documents')
    expect(leaked.length).toBeGreaterThan(0)
    for (const e of leaked)
      expect(wrapper.find(`tr[data-row-id="${e.id}"]`).text()).toContain('[leaked documents]')
  })
})
