import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ReasonCompare from '../../../components/ReasonCompare.vue'
import { reasons } from '../../../data/reasons.ts'
import { citation, sources } from '../../../data/sources.ts'

describe('reasonCompare', () => {
  it.each(reasons.map(r => [r.id, r] as const))('%s: China and Russia side by side in the essay\'s words, the record and its sources', (id, r) => {
    const w = mount(ReasonCompare, { props: { id } })
    expect(w.find('.reason-compare__title').text()).toBe(r.title)
    expect(w.find('.reason-compare__essay').text()).toBe(`The essay: “${r.essayLine}”`)
    expect(w.findAll('.side').map(s => [s.find('.side__label').text(), s.find('.side__text').text()])).toEqual([['China', r.china], ['Russia', r.russia]])
    if (r.recordNote)
      expect(w.find('.reason-compare__record').text()).toContain(r.recordNote)
    const links = w.findAll('.reason-compare__sources a')
    expect(links.map(a => [a.text(), a.attributes('href')])).toEqual(r.recordNote ? r.sources.map(k => [citation(k), sources[k].url]) : [])
    expect(w.attributes('data-cites')).toBe(`reasons:${id}`)
  })
})
