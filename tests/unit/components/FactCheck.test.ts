import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FactCheck from '../../../components/FactCheck.vue'
import { claims } from '../../../data/claims'
import type { Claim } from '../../../data/schema'

describe('FactCheck', () => {
  it('shows the essay\'s claim beside the record, the verdict as text and the sources as links', () => {
    const w = mount(FactCheck, { props: { id: 'cr929-terminated' } })
    expect(w.find('.fact-check__essay').text()).toContain('The essay says')
    expect(w.find('blockquote').text()).toContain('was officially terminated')
    expect(w.find('.fact-check__record').text()).toContain('The record')
    expect(w.find('.fact-check__text').text()).toMatch(/^Not terminated/)
    expect(w.find('.verdict').text()).toBe('Partly true')
    expect(w.find('.verdict svg[aria-hidden="true"]').exists()).toBe(true)
    const links = w.findAll('a')
    expect(links.map(a => a.text())[0]).toMatch(/^Aviation Week/)
    expect(links[0]!.attributes('href')).toBe('https://aviationweek.com/aerospace/manufacturing-supply-chain/russias-exit-cr929-jv-underlines-sanctions-impact')
    expect(w.attributes('data-cites')).toBe('claims:cr929-terminated')
  })

  it.each([
    ['exporters', 'Confirmed'],
    ['z20-answer', 'Not supported'],
    ['ahl-stalled', 'Disputed'],
  ])('names the verdict of %s in words: %s', (id, label) => {
    expect(mount(FactCheck, { props: { id } }).find('.verdict').text()).toContain(label)
  })

  it('accepts the record itself, rendering markup as text', () => {
    const claim: Claim = { ...claims[0]!, id: 'x', essay: '<img src=x onerror=alert(1)>', sources: [{ title: '<b>t</b>', url: 'https://example.org/' }] }
    const w = mount(FactCheck, { props: { claim } })
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('b').exists()).toBe(false)
    expect(w.find('blockquote').text()).toBe('“<img src=x onerror=alert(1)>”')
    expect(w.find('a').text()).toBe('<b>t</b>')
  })

  it('shows an error box for an unknown id', () => {
    expect(mount(FactCheck, { props: { id: 'cr929' } }).text()).toBe('Cannot render FactCheck: unknown claim id "cr929"')
    expect(mount(FactCheck, { props: {} }).text()).toBe('Cannot render FactCheck: no claim id given')
  })
})
