import type { SourceKey } from '../../../data/sources.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceLinks from '../../../components/SourceLinks.vue'
import { citation, sources } from '../../../data/sources.ts'

describe('sourceLinks', () => {
  const keys = Object.keys(sources).slice(0, 3) as SourceKey[]

  it('links each source as "publisher, year", in the order given, separated by semicolons', () => {
    const w = mount(SourceLinks, { props: { keys } })
    const links = w.findAll('a')
    expect(links.map(a => a.text())).toEqual(keys.map(k => citation(k)))
    expect(links.map(a => a.attributes('href'))).toEqual(keys.map(k => sources[k].url))
    expect(w.text()).toBe(keys.map(k => citation(k)).join('; '))
  })

  it('opens a source in a new tab without handing it this page', () => {
    const a = mount(SourceLinks, { props: { keys: keys.slice(0, 1) } }).find('a')
    expect(a.attributes('target')).toBe('_blank')
    expect(a.attributes('rel')).toBe('noopener noreferrer')
  })

  it('renders nothing but its wrapper for no sources', () => {
    expect(mount(SourceLinks, { props: { keys: [] } }).text()).toBe('')
  })
})
