// Speaker notes as a reader meets them on paper: simple markdown (paragraphs, lists, emphasis,
// code) rendered to HTML, every other character escaped, and Slidev's [click] markers shown as
// small cues rather than as literal brackets.

const CLICK = /\[click(?::(\d+))?\]\s*/gi

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
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

function withCues(escaped: string): string {
  return inline(escaped).replace(CLICK, '<span class="cue">click</span> ')
}

/** The notes as HTML: <p> per paragraph, <ul>/<ol> for list blocks. Empty string for no notes. */
export function renderNotes(markdown: string): string {
  const blocks = markdown.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/).map(b => b.trim()).filter(Boolean)
  return blocks.map((block) => {
    const lines = block.split('\n')
    if (lines.every(l => /^\s*[-*+]\s+/.test(l)))
      return `<ul>${lines.map(l => `<li>${withCues(escapeHtml(l.replace(/^\s*[-*+]\s+/, '')))}</li>`).join('')}</ul>`
    if (lines.every(l => /^\s*\d+[.)]\s+/.test(l)))
      return `<ol>${lines.map(l => `<li>${withCues(escapeHtml(l.replace(/^\s*\d+[.)]\s+/, '')))}</li>`).join('')}</ol>`
    return `<p>${withCues(escapeHtml(lines.join(' ')))}</p>`
  }).join('\n')
}

/** The notes as plain words, the way pdftotext reads them back: no markers, no markdown. */
export function notesPlainText(markdown: string): string {
  return markdown
    .replace(CLICK, 'click ')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '$1')
    .replace(/(^|[^*\w])\*(?=[^\s*])([^*]*?[^\s*])\*(?![*\w])/g, '$1$2')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim()
}
