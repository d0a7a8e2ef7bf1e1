// What the printed editions say, decided in plain functions: the audience reads the notes without
// stage cues or click markers; the speaker sees cues set apart and click marks and each slide's
// budget (lib/pace.ts reads them; tests/unit/pace.test.ts checks the reading).
import { describe, expect, it } from 'vitest'
import { handoutModel } from '../../export/handout/model.ts'
import { audienceNotes, renderNotes } from '../../export/notes.ts'

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
  it('puts each slide\'s timing beside its title, and the total on the first page', () => {
    const slide = (no: number, title: string, notes: string, budget: string) => ({ no, title, notes, content: `# ${title}`, raw: `# ${title}`, frontmatter: { budget }, line: 1, contentLine: 4, frontmatterErrors: [], cites: [], reference: false })
    const model = handoutModel('speaker', [slide(1, 'One', 'Cue: open.', '6m30s'), slide(2, 'Two', 'Text.', '45s')], { title: 'T', date: '2026' })
    expect(model.pages[1]!.timing).toBe('budget 0:45 · at 6:30')
    expect(model.summary).toContain('budget 7:15 in all')
    expect(model.pages[0]!.notes).toContain('<p class="stage-cue">Cue: open.</p>')
    expect(model.outline.map(o => o.title)).toEqual(['Speaker notes', '1. One', '2. Two'])
  })
})
