import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ProjectTable from '../../../components/ProjectTable.vue'
import { asOfLabel, recordAsOf, withDispute } from '../../../components/record.ts'
import { projects } from '../../../data/projects.ts'
import { MODE_LABELS } from '../../../data/vocabulary.ts'
import { isClickStep, recordingClick } from './helpers.ts'

function mountTable(props: { reveal?: boolean } = {}) {
  const click = recordingClick()
  const wrapper = mount(ProjectTable, { props, global: { directives: { click: click.directive } } })
  return { wrapper, calls: click.calls }
}
const { wrapper } = mountTable()
const row = (id: string) => wrapper.find(`tr[data-row-id="${id}"]`)
const cells = (id: string) => row(id).findAll('th, td').map(c => c.text())

describe('projectTable', () => {
  it('has six labelled columns under its caption', () => {
    expect(wrapper.find('caption').text()).toMatch(/China–Russia projects/)
    expect(wrapper.findAll('thead th').map(th => th.text())).toEqual(['Project', 'Mode', 'Years', 'Units planned / delivered', 'Core tech shared', 'Outcome'])
  })

  it('shows every project once, in the data\'s order', () => {
    expect(wrapper.findAll('tbody tr').map(tr => tr.attributes('data-row-id'))).toEqual(projects.map(p => p.id))
  })

  it.each(projects.map(p => [p.id, p] as const))('%s: name, mode in words, years, units, core tech, outcome', (id, p) => {
    const units = (v: number | string | null) => v === null ? '—' : String(v)
    expect(cells(id)).toEqual([
      p.short,
      MODE_LABELS[p.mode],
      p.endYear === null ? `since ${p.startYear}` : `${p.startYear}–${p.endYear}`,
      withDispute(`${units(p.units.planned)} / ${units(p.units.delivered)}${'asOf' in p ? ` (${asOfLabel(p.asOf)})` : ''}`, p, 'units'),
      p.coreTechShared === null ? '—' : p.coreTechShared ? 'Yes' : 'No',
      withDispute(p.outcomeShort, p, 'outcome'),
    ])
    expect(row(id).find('.mode-badge').attributes('data-mode')).toBe(p.mode)
  })

  it('reveal makes each project a click step', () => {
    expect(mountTable({ reveal: true }).calls.filter(c => isClickStep(c.value))).toHaveLength(projects.length)
  })

  it('cites every project it shows', () => {
    expect(wrapper.attributes('data-cites')!.split(' ')).toEqual(projects.map(p => `projects:${p.id}`))
  })

  it('keys its marks and dates the record in the table\'s foot', () => {
    const foot = wrapper.find('tfoot').text()
    expect(foot).toContain('— not found')
    expect(foot).toContain('disputed: sources disagree')
    expect(foot).toContain(recordAsOf())
  })

  it('shows the rows a range names, for a table that continues on the next slide', () => {
    const part = mount(ProjectTable, { props: { rows: '2-3' }, global: { directives: { click: recordingClick().directive } } })
    expect(part.findAll('tbody tr').map(tr => tr.attributes('data-row-id'))).toEqual(projects.slice(1, 3).map(p => p.id))
    expect(part.attributes('data-cites')).toBe(projects.slice(1, 3).map(p => `projects:${p.id}`).join(' '))
  })
})
