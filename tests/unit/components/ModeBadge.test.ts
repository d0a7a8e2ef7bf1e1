import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ModeBadge from '../../../components/ModeBadge.vue'
import { MODE_LABELS, MODES } from '../../../data/vocabulary.ts'

describe('modeBadge', () => {
  it.each(MODES)('names %s in words, with an icon and the mode\'s palette class', (mode) => {
    const wrapper = mount(ModeBadge, { props: { mode } })
    expect(wrapper.text()).toBe(MODE_LABELS[mode])
    expect(wrapper.find('.mode-badge__icon[aria-hidden="true"]').classes().some(c => c.startsWith('i-ph-'))).toBe(true)
    expect(wrapper.classes()).toContain(`mode-${mode}`)
  })

  it('gives each mode a different icon', () => {
    const icons = MODES.map(mode => mount(ModeBadge, { props: { mode } }).find('.mode-badge__icon').classes().join(' '))
    expect(new Set(icons).size).toBe(MODES.length)
  })
})
