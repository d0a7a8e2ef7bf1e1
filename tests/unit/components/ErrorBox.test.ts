import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ErrorBox from '../../../components/ErrorBox.vue'

describe('ErrorBox', () => {
  it('says which component cannot render and why, as an alert, with markup as text', () => {
    const w = mount(ErrorBox, { props: { component: 'ProjectTable', problem: '<img src=x onerror=alert(1)>' } })
    expect(w.attributes('role')).toBe('alert')
    expect(w.text()).toBe('Cannot render ProjectTable: <img src=x onerror=alert(1)>')
    expect(w.find('img').exists()).toBe(false)
  })
})
