import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FactCheckRows from '../../../components/FactCheckRows.vue'
import { recordAsOf } from '../../../components/record'
import { claims } from '../../../data/claims'
import { citation, sources } from '../../../data/index'
import { VERDICT_LABELS } from '../../../data/vocabulary'

describe('factCheckRows', () => {
  // Any three claims, in an order that is not the data's: rows follow the ids as given.
  const picked = [claims[2]!, claims[0]!, claims.at(-1)!]
  const w = mount(FactCheckRows, { props: { ids: picked.map(c => c.id).join(' ') } })
  const rows = w.findAll('li.fact-check-row')

  it('shows one row per id, in the order given, each citing its claim', () => {
    expect(rows.map(r => r.attributes('data-cites'))).toEqual(picked.map(c => `claims:${c.id}`))
  })

  it.each(picked.map((c, i) => [c.id, c, i] as const))('shows %s: the essay\'s words, the verdict in words with its icon, the short answer, then the record and sources in fine print', (_id, c, i) => {
    const row = rows[i]!
    expect(row.find('blockquote').text()).toBe(`“${c.essay}”`)
    expect(row.find('.fact-check-row__verdict').text()).toBe(VERDICT_LABELS[c.verdict])
    expect(row.find('.fact-check-row__verdict [aria-hidden="true"]').classes().some(k => k.startsWith('i-ph-'))).toBe(true)
    expect(row.find('.fact-check-row__short').text()).toBe(c.short)
    expect(row.find('.fact-check-row__detail.fine-print').text()).toContain(c.record)
    const links = row.findAll('.fact-check-row__detail a')
    expect(links.map(a => a.text())).toEqual(c.sources.map(k => citation(k)))
    expect(links.map(a => a.attributes('href'))).toEqual(c.sources.map(k => sources[k].url))
  })

  it('dates the record by the newest check among its rows', () => {
    expect(w.find('.record-as-of').text()).toBe(recordAsOf(picked))
  })
})
