import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ContextNotes from '../../../components/ContextNotes.vue'
import { context } from '../../../data/context'
import { citation, sources } from '../../../data/index'

const w = mount(ContextNotes)
const notes = w.findAll('li.context-notes__note')

describe('contextNotes', () => {
  it('shows every note once, in the data\'s order, as written', () => {
    expect(notes.map(li => li.attributes('data-note-id'))).toEqual(context.map(n => n.id))
    expect(notes.map(li => li.find('.context-notes__text').text())).toEqual(context.map(n => n.text))
    expect(notes.map(li => li.find('.context-notes__short').text())).toEqual(context.map(n => n.short))
    for (const n of context)
      expect(w.text().split(n.text)).toHaveLength(2)
  })

  it.each(context.map(n => [n.id, n] as const))('%s: its sources as "publisher, year" links, at least one', (id, n) => {
    const links = w.find(`li[data-note-id="${id}"]`).findAll('.context-notes__sources a')
    expect(links.length).toBeGreaterThan(0)
    expect(links.map(a => a.text())).toEqual(n.sources.map(k => citation(k)))
    expect(links.map(a => a.attributes('href'))).toEqual(n.sources.map(k => sources[k].url))
  })

  it('cites every note it shows, so the handout lists the slide\'s sources', () => {
    expect(w.attributes('data-cites')!.split(' ')).toEqual(context.map(n => `context:${n.id}`))
  })

  it('dates the record in fine print: the month of the newest check', () => {
    const newest = context.map(n => n.checked).sort().at(-1)!
    const month = new Date(`${newest}T00:00:00Z`).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
    const asOf = w.find('.record-as-of')
    expect(asOf.text()).toBe(`Record as of ${month} ${newest.slice(0, 4)}`)
    expect(asOf.classes()).toContain('fine-print')
  })
})
