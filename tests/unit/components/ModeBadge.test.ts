import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ModeBadge from '../../../components/ModeBadge.vue'

describe('ModeBadge', () => {
  it.each([
    ['joint-development', 'Joint development'],
    ['licensed-production', 'Licensed production'],
    ['direct-purchase', 'Direct purchase'],
    ['third-country', 'Third-country project'],
  ])('labels %s as "%s" with an icon, not colour alone', (mode, label) => {
    const wrapper = mount(ModeBadge, { props: { mode } })
    expect(wrapper.text()).toBe(label)
    expect(wrapper.find('svg[aria-hidden="true"]').exists()).toBe(true)
    expect(wrapper.classes()).toContain(`mode-badge--${mode}`)
  })

  it('gives each mode a different icon', () => {
    const icons = ['joint-development', 'licensed-production', 'direct-purchase', 'third-country']
      .map(mode => mount(ModeBadge, { props: { mode } }).find('svg').html())
    expect(new Set(icons).size).toBe(4)
  })

  it('shows an error box for an unknown mode', () => {
    const wrapper = mount(ModeBadge, { props: { mode: 'barter' } })
    expect(wrapper.text()).toBe('Cannot render ModeBadge: unknown mode “barter”')
  })
})
