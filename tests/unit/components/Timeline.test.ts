import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Timeline from '../../../components/Timeline.vue'
import { projects } from '../../../data/projects.ts'
import { MODE_LABELS, MODES } from '../../../data/vocabulary.ts'

const w = mount(Timeline)
const row = (id: string) => w.find(`g.timeline__row[data-row-id="${id}"]`)
const x = (id: string) => Number(row(id).find('rect').attributes('x'))
const end = (id: string) => x(id) + Number(row(id).find('rect').attributes('width'))

describe('timeline', () => {
  it('is an accessible figure: svg role=img labelled by a title and a description naming every project', () => {
    const [titleId, descId] = w.find('svg[role="img"]').attributes('aria-labelledby')!.split(' ')
    expect(w.find(`title[id="${titleId}"]`).text()).toMatch(/^China–Russia projects, \d{4}–\d{4}/)
    const desc = w.find(`desc[id="${descId}"]`).text()
    for (const p of projects)
      expect(desc).toContain(`${p.short}: ${MODE_LABELS[p.mode]}, ${p.startYear}–${p.endYear ?? 'ongoing'}`)
  })

  it('draws every project once, in the data\'s order, labelled with its mode in words', () => {
    expect(w.findAll('g.timeline__row').map(g => g.attributes('data-row-id'))).toEqual(projects.map(p => p.id))
    for (const p of projects) {
      expect(row(p.id).find('.timeline__name').text()).toBe(p.short)
      expect(row(p.id).find('.timeline__mode').text()).toBe(MODE_LABELS[p.mode])
      expect(row(p.id).find('rect').classes()).toContain(`mode-${p.mode}`)
    }
  })

  it('places bars by year: an earlier start lies further left, a longer run is wider', () => {
    const [first, last] = [...projects].sort((a, b) => a.startYear - b.startYear).filter((p, i, all) => i === 0 || i === all.length - 1)
    if (first!.startYear < last!.startYear)
      expect(x(first!.id)).toBeLessThan(x(last!.id))
    for (const p of projects.filter(p => p.endYear !== null))
      expect(row(p.id).find('.timeline__years').text()).toBe(`${p.startYear}–${p.endYear}`)
  })

  it('marks exactly the ongoing projects as ongoing, with an arrow to the end of the axis', () => {
    const ends = projects.map(p => end(p.id))
    for (const p of projects) {
      expect(row(p.id).find('.timeline__ongoing').exists(), p.id).toBe(p.endYear === null)
      expect(row(p.id).find('line.arrow').exists(), p.id).toBe(p.endYear === null)
      if (p.endYear === null)
        expect(end(p.id)).toBe(Math.max(...ends))
    }
  })

  it('has a legend naming each mode shown, in the vocabulary\'s order', () => {
    expect(w.findAll('.legend-item').map(l => l.text())).toEqual(MODES.filter(m => projects.some(p => p.mode === m)).map(m => MODE_LABELS[m]))
  })

  it('cites the projects', () => {
    expect(w.attributes('data-cites')).toBe(projects.map(p => `projects:${p.id}`).join(' '))
  })
})
