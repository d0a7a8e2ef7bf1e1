import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceList from '../../../components/SourceList.vue'
import { projects } from '../../../data/projects'
import { allSources } from '../../../data/sources'

describe('SourceList', () => {
  it('lists a subject\'s sources once each, as title + URL link', () => {
    const w = mount(SourceList, { props: { subject: 'projects' } })
    const items = w.findAll('ol > li')
    const expected = new Set(projects.flatMap(p => p.sources.map(s => s.url.toLowerCase())))
    expect(items).toHaveLength(expected.size)
    const first = items[0]!
    expect(first.find('.source-list__title').text()).toMatch(/^Aviation Week/)
    const link = first.find('a')
    expect(link.attributes("href")).toContain(link.text())
    expect(link.attributes('href')).toMatch(/^https?:\/\//)
    expect(w.attributes('data-cites')).toContain('projects:cr929')
  })

  it('lists sources for given record keys', () => {
    const w = mount(SourceList, { props: { keys: ['claims:su35sk'] } })
    expect(w.findAll('li').map(li => li.find('.source-list__title').text())).toEqual(['TASS, 11 Apr 2017', 'Reuters via Swissinfo, \'Russia to deliver 10 Su-35 fighter jets to China this year\''])
  })

  it('lists every source in the deck when given no subject', () => {
    expect(mount(SourceList).findAll('li')).toHaveLength(allSources.length)
  })

  it('shows an error box for an unknown subject or keys with no sources', () => {
    expect(mount(SourceList, { props: { subject: 'planes' } }).text()).toMatch(/^Cannot render SourceList: unknown subject "planes"/)
    expect(mount(SourceList, { props: { keys: ['projects:nope'] } }).text()).toBe('Cannot render SourceList: no sources found for these records')
  })
})
