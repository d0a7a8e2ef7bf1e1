import type { Column } from '../../../components/table.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ComparisonTable from '../../../components/ComparisonTable.vue'
import { cellText, countText } from '../../../components/table.ts'
import { isClickStep, recordingClick } from './helpers.ts'

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

  it('explains the em dash in the table\'s foot, only when a value is unknown', () => {
    expect(mountTable().wrapper.find('tfoot .legend').text()).toBe('— not found')
    expect(mountTable({ rows: [rows[0]!] }).wrapper.find('tfoot').exists()).toBe(false)
  })

  it('keys "latest found" and "disputed" when a cell uses them, and dates the record, in the foot', () => {
    const marked = [{ id: 'm', name: 'M', year: 2020, note: '515 (latest found: Mar 2024)', done: true }, { id: 'd', name: 'D', year: 2021, note: 'Halted (disputed)', done: false }]
    expect(mountTable({ rows: marked, asOf: 'Record as of Jun 2020' }).wrapper.find('tfoot').text())
      .toBe('latest found: no newer public figure · disputed: sources disagree (handout) · Record as of Jun 2020')
    const both = mountTable({ asOf: 'Record as of Jun 2020' }).wrapper.find('tfoot td')
    expect(both.attributes('colspan')).toBe('4')
    expect(both.text()).toBe('— not found · Record as of Jun 2020')
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
