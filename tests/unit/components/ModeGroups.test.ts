import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ModeGroups from '../../../components/ModeGroups.vue'
import { projects } from '../../../data/projects.ts'
import { MODE_LABELS, MODES } from '../../../data/vocabulary.ts'
import { isClickStep, recordingClick } from './helpers.ts'

const click = recordingClick()
const w = mount(ModeGroups, { global: { directives: { click: click.directive } } })
const groups = w.findAll('.mode-group')

describe('modeGroups ("What they really were")', () => {
  it('has one group per mode some project has, in the vocabulary\'s order, each named in words', () => {
    const used = MODES.filter(m => projects.some(p => p.mode === m))
    expect(groups.map(g => g.attributes('data-mode'))).toEqual(used)
    expect(groups.map(g => g.find('.mode-badge').text())).toEqual(used.map(m => MODE_LABELS[m]))
  })

  it('names every project exactly once, under its own mode, in the data\'s order', () => {
    for (const g of groups) {
      const mode = g.attributes('data-mode')
      expect(g.find('p').text()).toBe(projects.filter(p => p.mode === mode).map(p => p.short).join(' · '))
    }
    expect(groups.flatMap(g => g.find('p').text().split(' · '))).toHaveLength(projects.length)
  })

  it('reveals one group per click', () => {
    expect(click.calls.filter(c => isClickStep(c.value))).toHaveLength(groups.length)
  })
})
