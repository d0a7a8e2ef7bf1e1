import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ProjectTable from '../../../components/ProjectTable.vue'
import { recordAsOf } from '../../../components/record'
import { projects } from '../../../data/projects'
import { MODE_LABELS } from '../../../data/vocabulary'
import { isClickStep, recordingClick } from './helpers'

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
      `${units(p.units.planned)} / ${units(p.units.delivered)}`,
      p.coreTechShared === null ? '—' : p.coreTechShared ? 'Yes' : 'No',
      p.outcomeShort,
    ])
    expect(row(id).find('.mode-badge').attributes('data-mode')).toBe(p.mode)
  })

  it('reveal makes each project a click step', () => {
    expect(mountTable({ reveal: true }).calls.filter(c => isClickStep(c.value))).toHaveLength(projects.length)
  })

  it('cites every project it shows', () => {
    expect(wrapper.attributes('data-cites')!.split(' ')).toEqual(projects.map(p => `projects:${p.id}`))
  })

  it('dates the record in fine print under the table: the newest check of the projects shown', () => {
    expect(wrapper.find('.fine-print .record-as-of').text()).toBe(recordAsOf(projects))
  })
})
