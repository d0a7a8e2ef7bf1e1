import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceList from '../../../components/SourceList.vue'
import { sourcesFor } from '../../../data/index.ts'
import { SUBJECTS } from '../../../data/vocabulary.ts'

describe('sourceList', () => {
  it.each(SUBJECTS)('lists the sources of %s once each: publisher, title and date, linked to the source', (subject) => {
    const w = mount(SourceList, { props: { subject } })
    const expected = sourcesFor([subject])
    const items = w.findAll('ol > li')
    expect(items).toHaveLength(expected.length)
    for (const [i, s] of expected.entries()) {
      const link = items[i]!.find('a')
      expect(link.text()).toBe(`${s.publisher}, ${s.title}${s.date ? ` (${s.date})` : ''}`)
      expect(link.attributes('href')).toBe(s.url)
    }
    expect(w.attributes('data-cites')).toContain(`${subject}:`)
  })
})
