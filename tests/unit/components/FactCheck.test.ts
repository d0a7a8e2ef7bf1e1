import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FactCheck from '../../../components/FactCheck.vue'
import { recordAsOf } from '../../../components/record'
import { claims } from '../../../data/claims'
import { citation, sources } from '../../../data/index'
import { VERDICT_LABELS } from '../../../data/vocabulary'

describe('factCheck', () => {
  it.each(claims.map(c => [c.id, c] as const))('shows %s: the essay\'s words beside the record, the verdict in words, the sources as links', (id, c) => {
    const w = mount(FactCheck, { props: { id } })
    expect(w.find('.fact-check__essay').text()).toContain('The essay says')
    expect(w.find('blockquote').text()).toBe(`“${c.essay}”`)
    expect(w.find('.fact-check__text').text()).toBe(c.record)
    expect(w.find('.verdict').text()).toBe(VERDICT_LABELS[c.verdict])
    expect(w.find('.verdict .verdict__icon[aria-hidden="true"]').classes().some(c => c.startsWith('i-ph-'))).toBe(true)
    const links = w.findAll('.fact-check__sources a')
    expect(links.map(a => a.text())).toEqual(c.sources.map(k => citation(k)))
    expect(links.map(a => a.attributes('href'))).toEqual(c.sources.map(k => sources[k].url))
    expect(w.attributes('data-cites')).toBe(`claims:${id}`)
    expect(w.find('.fine-print .record-as-of').text()).toBe(`${recordAsOf([c])}.`)
  })
})
