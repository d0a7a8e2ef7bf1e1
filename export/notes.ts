// Speaker notes as a reader meets them on paper: simple markdown (paragraphs, lists, emphasis,
// code) rendered to HTML by markdown-it, every other character escaped (notes are text, never HTML).
// Two readers: the audience gets the notes without stage directions (no `Cue:` lines, no
// [click] markers); the speaker gets everything, cues set apart and clicks as small marks.
import MarkdownIt from 'markdown-it'

const CLICK = /\[click(?::\d+)?\]\s*/gi
/** A stage direction: a line that starts with `Cue:`, possibly after click markers. */
const CUE_LINE = /^\s*(?:\[click(?::\d+)?\]\s*)*cue:/i

/** The notes for the audience: lines starting with `Cue:` dropped, click markers removed. */
export function audienceNotes(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter(line => !CUE_LINE.test(line))
    .map(line => line.replace(CLICK, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

// Only what notes use: paragraphs, lists, *emphasis*, **strong**, `code`. No raw HTML, links,
// headings or entities: anything else prints as typed.
const md = new MarkdownIt('zero', { html: false }).enable(['list', 'emphasis', 'backticks'])

// A paragraph that opens with a cue is set apart.
md.core.ruler.push('stage_cue', (state) => {
  state.tokens.forEach((token, i) => {
    if (token.type === 'paragraph_open' && CUE_LINE.test(state.tokens[i + 1]!.content))
      token.attrJoin('class', 'stage-cue')
  })
})
// Each click marker in the text (never in code) as a small mark; the trailing space keeps word
// boundaries in text extracted from the PDF.
md.renderer.rules.text = (tokens, i) => tokens[i]!.content.split(CLICK).map(md.utils.escapeHtml).join('<span class="click-mark">click</span> ')

/**
 * The notes as HTML: <p> per paragraph, <ul>/<ol> for lists, a paragraph that opens with a cue as
 * <p class="stage-cue">. Give it audienceNotes() for the audience. Empty string for no notes.
 */
export function renderNotes(markdown: string): string {
  return md.render(markdown).trim()
}
