import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ReasonCompare from '../../../components/ReasonCompare.vue'
import { reasons } from '../../../data/reasons'
import { sources } from '../../../data/sources'

describe('ReasonCompare', () => {
  it('puts China and Russia side by side, labelled, in the essay\'s words', () => {
    const w = mount(ReasonCompare, { props: { id: 'industry' } })
    const sides = w.findAll('.side')
    expect(sides).toHaveLength(2)
    expect(sides[0]!.find('.side__label').text()).toBe('China')
    expect(sides[0]!.find('.side__text').text()).toContain('improved significantly in recent years')
    expect(sides[1]!.find('.side__label').text()).toBe('Russia')
    expect(sides[1]!.find('.side__text').text()).toMatch(/lagging behind/i)
    expect(w.attributes('data-cites')).toBe('reasons:industry')
  })

  it.each(['needs', 'industry', 'markets'])('renders reason %s with a title and the record\'s sources', (id) => {
    const w = mount(ReasonCompare, { props: { id } })
    expect(w.find('.reason-compare__title').text().length).toBeGreaterThan(5)
    expect(w.findAll('a').length).toBeGreaterThan(0)
  })

  it('markets names SIPRI and its period, and links the record\'s sources', () => {
    const markets = reasons.find(r => r.id === 'markets')!
    const w = mount(ReasonCompare, { props: { id: 'markets' } })
    expect(w.text()).toMatch(/SIPRI \d{4}–\d{2}/)
    expect(w.findAll('a').map(a => a.attributes('href'))).toEqual(markets.sources.map(k => sources[k].url))
  })

  it('shows an error box for an unknown id', () => {
    expect(mount(ReasonCompare, { props: { id: 'money' } }).text())
      .toBe('Cannot render ReasonCompare: unknown reason id “money” (expected needs, industry or markets)')
  })
})
