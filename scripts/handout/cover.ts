// The handout's cover (title, subtitle, source line, date), from the deck's headmatter and its
// first slide as @slidev/parser reads them.

export interface Cover {
  title: string
  subtitle: string
  /** "Based on the essay …" */
  source: string
  date: string
}

/** Markdown/HTML to one line of plain text. */
function plain(s: string): string {
  return s
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export function coverFrom(headmatter: Record<string, unknown>, firstSlide: { title?: string, content: string }, today = new Date()): Cover {
  const title = String(headmatter.title ?? firstSlide.title ?? '').trim()
  // The first slide's paragraphs after its heading, without HTML wrappers.
  const paragraphs = firstSlide.content
    .replace(/^#\s.*$/m, '')
    .split(/\n\s*\n/)
    .map(plain)
    .filter(Boolean)
  const sourceLine = paragraphs.find(p => /^based on\b/i.test(p)) ?? ''
  const subtitle = paragraphs.find(p => p !== sourceLine) ?? ''
  // "… public record · 2026": the trailing part after a middle dot is the date, when it looks like one.
  const parts = sourceLine.split(/\s+·\s+/)
  const tail = parts.length > 1 ? parts.at(-1)! : ''
  const datePart = /\d{4}/.test(tail) ? tail : ''
  const source = datePart ? parts.slice(0, -1).join(' · ') : sourceLine
  const date = headmatter.date != null
    ? String(headmatter.date instanceof Date ? headmatter.date.toISOString().slice(0, 10) : headmatter.date)
    : datePart || today.toISOString().slice(0, 10)
  return { title, subtitle, source, date }
}
