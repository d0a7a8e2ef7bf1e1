import type { Column } from '../../../components/table'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ComparisonTable from '../../../components/ComparisonTable.vue'
import { cellText, countText } from '../../../components/table'
import { isClickStep, recordingClick } from './helpers'

interface Row { id: string, name: string, year: number, note: string | null, done: boolean }
const columns: Column<Row>[] = [
  { key: 'name', label: 'Name' },
  { key: 'year', label: 'Year', align: 'right' },
  { key: 'note', label: 'Note' },
  { key: 'done', label: 'Done', align: 'center' },
]
const rows: Row[] = [
  { id: 'b', name: 'Bravo', year: 2001, note: 'second', done: true },
  { id: 'a', name: 'Alpha', year: 1999, note: null, done: false },
]

function mountTable(props: { rows?: Row[], reveal?: boolean, caption?: string, asOf?: string } = {}, slots = {}) {
  const click = recordingClick()
  const wrapper = mount(ComparisonTable<Row>, {
    props: { caption: 'Test table', columns, rows, ...props },
    slots,
    global: { directives: { click: click.directive } },
  })
  return { wrapper, calls: click.calls }
}

describe('cellText', () => {
  it('writes unknowns as an em dash, booleans as Yes / No, the rest as text', () => {
    expect([null, undefined, '', true, false, 0, 7.8, '>200'].map(cellText)).toEqual(['—', '—', '—', 'Yes', 'No', '0', '7.8', '>200'])
    expect(countText(null, 0)).toBe('— / 0')
  })
})

describe('comparisonTable', () => {
  it('renders a semantic table: caption, column headers, the first cell of each row as its header, in row order', () => {
    const { wrapper } = mountTable()
    expect(wrapper.find('table caption').text()).toBe('Test table')
    expect(wrapper.findAll('thead th[scope="col"]').map(th => th.text())).toEqual(['Name', 'Year', 'Note', 'Done'])
    expect(wrapper.findAll('tbody tr').map(tr => tr.attributes('data-row-id'))).toEqual(['b', 'a'])
    expect(wrapper.findAll('tbody th[scope="row"]').map(th => th.text())).toEqual(['Bravo', 'Alpha'])
    expect(wrapper.findAll('tbody tr')[1]!.findAll('td').map(td => td.text())).toEqual(['1999', '—', 'No'])
  })

  it('explains the em dash in a legend, only when a value is unknown', () => {
    expect(mountTable().wrapper.find('.legend').text()).toBe('— not known / not found in sources')
    expect(mountTable({ rows: [rows[0]!] }).wrapper.find('.legend').exists()).toBe(false)
  })

  it('dates the record in the fine-print line under the table, beside the legend or alone', () => {
    const both = mountTable({ asOf: 'Record as of Jun 2020' }).wrapper.find('.legend')
    expect(both.classes()).toContain('fine-print')
    expect(both.find('.record-as-of').text()).toBe('Record as of Jun 2020')
    expect(both.text()).toMatch(/^— not known \/ not found in sources · Record as of Jun 2020$/)
    expect(mountTable({ rows: [rows[0]!], asOf: 'Record as of Jun 2020' }).wrapper.find('.legend').text()).toBe('Record as of Jun 2020')
    expect(mountTable().wrapper.find('.record-as-of').exists()).toBe(false)
  })

  it('with reveal, every row is a click step; without, none is', () => {
    const revealed = mountTable({ reveal: true })
    expect(revealed.calls.filter(c => isClickStep(c.value)).map(c => c.el.dataset.rowId)).toEqual(['b', 'a'])
    expect(mountTable().calls.some(c => isClickStep(c.value))).toBe(false)
  })

  it('renders markup in data as literal text', () => {
    const evil = '<img src=x onerror=alert(1)>'
    const { wrapper } = mountTable({ caption: evil, rows: [{ id: 'e', name: evil, year: 1, note: evil, done: true }] })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('caption').text()).toBe(evil)
    expect(wrapper.find('tbody th').text()).toBe(evil)
  })

  it('lets a named slot render a column\'s cells', () => {
    const { wrapper } = mountTable({}, { 'cell-note': '<em class="slotted">{{ params.row.id }}</em>' })
    expect(wrapper.findAll('.slotted').map(e => e.text())).toEqual(['b', 'a'])
  })
})
