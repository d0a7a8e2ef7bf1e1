// What the printed editions say, decided in plain functions: the audience reads the notes without
// stage cues or click markers; the speaker sees cues set apart and click marks and each slide's
// budget (setup/pace.ts reads them; tests/unit/pace.test.ts checks the reading).
import { describe, expect, it } from 'vitest'
import { audienceNotes, renderNotes } from '../../scripts/handout/notes.ts'
import { slideTimings } from '../../setup/pace.ts'

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
  it('renders lists, and a numbered click marker as a mark', () => {
    const html = renderNotes('- one [click:2] two\n- `code`\n\n1. first\n2. second')
    expect(html).toMatch(/^<ul>\s*<li>one <span class="click-mark">click<\/span> two<\/li>\s*<li><code>code<\/code><\/li>\s*<\/ul>/)
    expect(html).toMatch(/<ol>\s*<li>first<\/li>\s*<li>second<\/li>\s*<\/ol>$/)
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
      timings: slideTimings([{ frontmatter: { budget: '6m30s' } }, { frontmatter: { budget: '45s' } }]),
      sheetWidth: 980,
    })
    expect(doc.html).toContain('<p class="timing">budget 0:45 · at 6:30</p>')
    expect(doc.html).toContain('budget 7:15 in all')
    expect(doc.html).toContain('<p class="stage-cue">Cue: open.</p>')
    expect(doc.outline.map(o => o.title)).toEqual(['Speaker notes', '1. One', '2. Two'])
  })
})
