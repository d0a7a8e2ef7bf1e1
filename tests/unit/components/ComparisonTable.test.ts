import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ComparisonTable, { type TableColumn, type TableRow } from '../../../components/ComparisonTable.vue'
import { isClickStep, recordingClick } from './helpers'

const columns: TableColumn[] = [
  { key: 'name', label: 'Name', sortable: true },
  { key: 'year', label: 'Year', sortable: true, align: 'right' },
  { key: 'note', label: 'Note' },
]
const rows: TableRow[] = [
  { id: 'b', name: 'Bravo', year: 2001, note: 'second' },
  { id: 'a', name: 'Alpha', year: 1999, note: null },
  { id: 'c', name: 'Charlie', year: 2010, note: 'third' },
]

function mountTable(props: Partial<InstanceType<typeof ComparisonTable>['$props']> = {}, slots = {}) {
  const click = recordingClick()
  const wrapper = mount(ComparisonTable, {
    props: { caption: 'Test table', columns, rows, ...props },
    slots,
    global: { directives: { click: click.directive } },
  })
  return { wrapper, calls: click.calls }
}

const rowHeaders = (w: ReturnType<typeof mount>) => w.findAll('tbody tr').map(tr => tr.find('th[scope="row"]').text())

describe('ComparisonTable', () => {
  it('renders a semantic table: caption, column headers, row headers and cells', () => {
    const { wrapper } = mountTable()
    expect(wrapper.find('table caption').text()).toBe('Test table')
    expect(wrapper.findAll('thead th[scope="col"]').map(th => th.text().replace(/[↕▲▼]/g, '').trim())).toEqual(['Name', 'Year', 'Note'])
    expect(wrapper.findAll('tbody tr')).toHaveLength(3)
    expect(rowHeaders(wrapper)).toEqual(['Bravo', 'Alpha', 'Charlie'])
    const first = wrapper.findAll('tbody tr')[0]!
    expect(first.findAll('td').map(td => td.text())).toEqual(['2001', 'second'])
  })

  it('shows unknown values as an em dash, with a visible legend', () => {
    const { wrapper } = mountTable()
    const alpha = wrapper.find('tr[data-row-id="a"]')
    expect(alpha.findAll('td')[1]!.text()).toBe('—')
    expect(wrapper.find('.legend').text()).toBe('— not known / not found in sources')
  })

  it('has no legend when every value is known', () => {
    const { wrapper } = mountTable({ rows: rows.map(r => ({ ...r, note: 'x' })) })
    expect(wrapper.find('.legend').exists()).toBe(false)
  })

  it('sorts by a column on click: ascending, then descending, with aria-sort on the th', async () => {
    const { wrapper } = mountTable()
    const th = () => wrapper.findAll('thead th')[0]!
    expect(th().attributes('aria-sort')).toBe('none')
    await th().find('button').trigger('click')
    expect(rowHeaders(wrapper)).toEqual(['Alpha', 'Bravo', 'Charlie'])
    expect(th().attributes('aria-sort')).toBe('ascending')
    await th().find('button').trigger('click')
    expect(rowHeaders(wrapper)).toEqual(['Charlie', 'Bravo', 'Alpha'])
    expect(th().attributes('aria-sort')).toBe('descending')
  })

  it('sorts numbers numerically with the keyboard (Enter on the header button)', async () => {
    const { wrapper } = mountTable({
      rows: [
        { id: 'x', name: 'X', year: 10, note: '' },
        { id: 'y', name: 'Y', year: 9, note: '' },
        { id: 'z', name: 'Z', year: 100, note: '' },
      ],
    })
    const yearTh = wrapper.findAll('thead th')[1]!
    await yearTh.find('button').trigger('keydown', { key: 'Enter' })
    expect(rowHeaders(wrapper)).toEqual(['Y', 'X', 'Z'])
    expect(yearTh.attributes('aria-sort')).toBe('ascending')
  })

  it('keeps unknown values last in both directions', async () => {
    const { wrapper } = mountTable({ columns: [...columns.slice(0, 2), { key: 'note', label: 'Note', sortable: true }] })
    const noteBtn = wrapper.findAll('thead th')[2]!.find('button')
    await noteBtn.trigger('click')
    expect(rowHeaders(wrapper).at(-1)).toBe('Alpha')
    await noteBtn.trigger('click')
    expect(rowHeaders(wrapper).at(-1)).toBe('Alpha')
  })

  it('does not make unsortable columns into buttons or give them aria-sort', () => {
    const { wrapper } = mountTable()
    const noteTh = wrapper.findAll('thead th')[2]!
    expect(noteTh.find('button').exists()).toBe(false)
    expect(noteTh.attributes('aria-sort')).toBeUndefined()
  })

  it('with reveal, every row is a v-click step; without, none is', () => {
    const revealed = mountTable({ reveal: true })
    expect(revealed.calls).toHaveLength(3)
    expect(revealed.calls.every(c => c.el.tagName === 'TR' && isClickStep(c.value))).toBe(true)
    expect(revealed.calls.map(c => c.el.dataset.rowId)).toEqual(['b', 'a', 'c'])

    const plain = mountTable()
    expect(plain.calls.some(c => isClickStep(c.value))).toBe(false)
  })

  it('highlights a row with a marker and bold, not colour alone', () => {
    const { wrapper } = mountTable({ highlight: 'c' })
    const row = wrapper.find('tr[data-row-id="c"]')
    expect(row.classes()).toContain('is-highlighted')
    expect(row.find('th .marker').exists()).toBe(true)
    expect(wrapper.find('tr[data-row-id="a"] .marker').exists()).toBe(false)
  })

  it('renders markup in data as literal text', () => {
    const evil = '<img src=x onerror=alert(1)>'
    const { wrapper } = mountTable({ caption: evil, rows: [{ id: 'e', name: evil, year: 1, note: evil }] })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('caption').text()).toBe(evil)
    expect(wrapper.find('tbody th').text()).toBe(evil)
    expect(wrapper.findAll('tbody td')[1]!.text()).toBe(evil)
  })

  it('lets a named slot render a column cell', () => {
    const { wrapper } = mountTable({}, { 'cell-note': '<em class="slotted">{{ params.row.id }}:{{ params.value }}</em>' })
    expect(wrapper.findAll('.slotted').map(e => e.text())).toEqual(['b:second', 'a:', 'c:third'])
  })

  it.each([
    ['empty rows', { rows: [] }, 'no rows given'],
    ['no columns', { columns: [] }, 'no columns given'],
    ['empty caption', { caption: ' ' }, 'no caption given'],
    ['a column key missing from rows', { columns: [...columns, { key: 'cost', label: 'Cost' }] }, 'column "cost" is missing from row "b"'],
    ['duplicate row ids', { rows: [rows[0]!, rows[0]!] }, 'row id "b" is used twice'],
    ['an unknown highlight id', { highlight: 'zzz' }, 'highlight "zzz" matches no row'],
  ])('shows the error box for %s', (_name, props, problem) => {
    const { wrapper } = mountTable(props as never)
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.find('[role="alert"]').text()).toBe(`Cannot render ComparisonTable: ${problem}`)
  })
})
