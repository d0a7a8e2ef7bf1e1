// What the printed editions say, decided in plain functions: the audience reads the notes without
// stage cues or click markers; the speaker sees cues set apart and click marks; per-slide timing
// reads the `budget` frontmatter and names the slide when it is wrong.
import { describe, expect, it } from 'vitest'
import { audienceNotes, renderNotes } from '../../scripts/handout/notes.ts'
import { formatTiming, parseBudget, slideTimings } from '../../scripts/handout/timing.ts'

const NOTES = `[click] Recently, the project was terminated.

Cue: civil, not military. "Terminated" is checked two slides on.

[click] It is a long-range wide-body airliner.
[click] Cue: the duopoly is the market argument.`

describe('audienceNotes', () => {
  it('drops lines that start with Cue: (also after click markers) and removes click markers', () => {
    expect(audienceNotes(NOTES)).toBe('Recently, the project was terminated.\n\nIt is a long-range wide-body airliner.')
  })
  it('keeps "cue" inside a sentence', () => {
    expect(audienceNotes('Take your cue: from the record.')).toBe('Take your cue: from the record.')
  })
})

describe('renderNotes', () => {
  it('sets a cue paragraph apart and shows click marks (speaker edition)', () => {
    const html = renderNotes(NOTES)
    expect(html).toContain('<p class="stage-cue">Cue: civil, not military. &quot;Terminated&quot;')
    expect(html.match(/class="click-mark"/g)).toHaveLength(3)
  })
  it('escapes HTML in notes', () => {
    expect(renderNotes('<script>x</script> & **bold**')).toBe('<p>&lt;script&gt;x&lt;/script&gt; &amp; <strong>bold</strong></p>')
  })
})

describe('per-slide timing', () => {
  it('reads 45s, 1m30s, 1:30, 2m and plain seconds', () => {
    expect([parseBudget('45s'), parseBudget('1m30s'), parseBudget('1:30'), parseBudget('2m'), parseBudget(90), parseBudget(undefined)])
      .toEqual([45, 90, 90, 120, 90, undefined])
  })
  it('adds the budgets up: each slide starts when the ones before it end', () => {
    const t = slideTimings([
      { no: 1, frontmatter: { budget: '30s' } },
      { no: 2, frontmatter: {} },
      { no: 3, frontmatter: { budget: '45s' } },
      { no: 4, frontmatter: { budget: '6m' } },
    ])
    expect(t.map(x => x && formatTiming(x))).toEqual(['budget 0:30 · at 0:00', undefined, 'budget 0:45 · at 0:30', 'budget 6:00 · at 1:15'])
  })
  it('names the slide and the field when a budget is not a duration', () => {
    expect(() => slideTimings([{ no: 7, frontmatter: { budget: 'soon' } }])).toThrow('slides.md, slide 7, frontmatter "budget": "soon" is not a duration')
  })
})

describe('speaker edition', () => {
  it('puts each slide\'s timing beside its title, and the total on the first page', async () => {
    const { handoutDocument } = await import('../../scripts/handout/html.ts')
    const doc = handoutDocument({
      edition: 'speaker',
      cover: { title: 'T', subtitle: 'S', source: 'Based on', date: '2026' },
      slides: [
        { no: 1, title: 'One', notes: 'Cue: open.', cites: [], reference: false },
        { no: 2, title: 'Two', notes: 'Text.', cites: [], reference: false },
      ],
      bibliography: [],
      tables: [],
      timings: slideTimings([{ no: 1, frontmatter: { budget: '6m30s' } }, { no: 2, frontmatter: { budget: '45s' } }]),
      sheetWidth: 980,
    })
    expect(doc.html).toContain('<p class="timing">budget 0:45 · at 6:30</p>')
    expect(doc.html).toContain('budget 7:15 in all')
    expect(doc.html).toContain('<p class="stage-cue">Cue: open.</p>')
    expect(doc.outline.map(o => o.title)).toEqual(['Speaker notes', '1. One', '2. Two'])
  })
})
