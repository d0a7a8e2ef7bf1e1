// Speaker notes as a reader meets them on paper: simple markdown (paragraphs, lists, emphasis,
// code) rendered to HTML, every other character escaped.
// Two readers: the audience gets the notes without stage directions (no `Cue:` lines, no
// [click] markers); the speaker gets everything, cues set apart and clicks as small marks.

const CLICK = /\[click(?::\d+)?\]\s*/gi
/** A stage direction: a line that starts with `Cue:`, possibly after click markers. */
const CUE_LINE = /^\s*(?:\[click(?::\d+)?\]\s*)*cue:/i

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

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

/** Inline markdown on already-escaped text: `code`, **strong**, *em* / _em_. A lone "***" stays. */
function inline(escaped: string): string {
  const codes: string[] = []
  let s = escaped.replace(/`([^`]+)`/g, (_, c: string) => `\u0000${codes.push(c) - 1}\u0000`)
  s = s.replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '<strong>$1</strong>')
  s = s.replace(/(^|[^*\w])\*(?=[^\s*])([^*]*?[^\s*])\*(?![*\w])/g, '$1<em>$2</em>')
  s = s.replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1<em>$2</em>')
  s = s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => `<code>${codes[Number(i)]}</code>`)
  return s
}

/** Click markers as a small mark; the trailing space keeps word boundaries in extracted text. */
function withClicks(escaped: string): string {
  return inline(escaped).replace(CLICK, '<span class="click-mark">click</span> ')
}

/**
 * The notes as HTML: <p> per paragraph, <ul>/<ol> for list blocks, a paragraph that opens with a
 * cue as <p class="stage-cue">. Give it audienceNotes() for the audience. Empty string for no notes.
 */
export function renderNotes(markdown: string): string {
  const blocks = markdown.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/).map(b => b.trim()).filter(Boolean)
  return blocks.map((block) => {
    const lines = block.split('\n')
    if (lines.every(l => /^\s*[-*+]\s+/.test(l)))
      return `<ul>${lines.map(l => `<li>${withClicks(escapeHtml(l.replace(/^\s*[-*+]\s+/, '')))}</li>`).join('')}</ul>`
    if (lines.every(l => /^\s*\d+[.)]\s+/.test(l)))
      return `<ol>${lines.map(l => `<li>${withClicks(escapeHtml(l.replace(/^\s*\d+[.)]\s+/, '')))}</li>`).join('')}</ol>`
    const cue = CUE_LINE.test(lines[0]!)
    return `<p${cue ? ' class="stage-cue"' : ''}>${withClicks(escapeHtml(lines.join(' ')))}</p>`
  }).join('\n')
}
