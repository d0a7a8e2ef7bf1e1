import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FactCheck from '../../../components/FactCheck.vue'
import { asOfLabel, recordAsOf } from '../../../components/record.ts'
import { claims } from '../../../data/claims.ts'
import { citation } from '../../../data/sources.ts'
import { VERDICT_LABELS } from '../../../data/vocabulary.ts'

describe('factCheck', () => {
  it.each(claims.map(c => [c.id, c] as const))('answers %s in a row: the verdict in words, the essay\'s words, the record in a line and its first source', (id, c) => {
    const w = mount(FactCheck, { props: { ids: id } })
    const row = w.find(`tbody tr[data-claim-id="${id}"]`)
    expect(row.find('th[scope="row"]').text()).toBe(VERDICT_LABELS[c.verdict])
    expect(row.find('th .fact-check__icon[aria-hidden="true"]').classes().some(k => k.startsWith('i-ph-'))).toBe(true)
    expect(row.find('.fact-check__quote').text()).toBe(`“${c.essay}”`)
    const record = row.find('.fact-check__record').text()
    expect(record.startsWith(c.short)).toBe(true)
    expect(record).toContain(`· ${citation(c.sources[0])}`)
    if ('asOf' in c)
      expect(record).toContain(`(${asOfLabel(c.asOf)})`)
    if ('disputes' in c)
      expect(record).toContain('sources disagree')
    expect(w.find('.fact-check').attributes('data-cites')).toBe(`claims:${id}`)
    expect(w.find('caption').text()).toContain(recordAsOf())
  })

  it('shows several checks in the order given, and nothing for no known id', () => {
    const w = mount(FactCheck, { props: { ids: 'j11a  thunder-success' } })
    expect(w.findAll('tbody tr').map(r => r.attributes('data-claim-id'))).toEqual(['j11a', 'thunder-success'])
    expect(mount(FactCheck, { props: { ids: 'no-such-claim' } }).html()).toBe('<!--v-if-->')
  })
})
