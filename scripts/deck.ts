// The deck as Slidev parses it (@slidev/parser): one place that reads slides.md for the
// handout export and for the tests, so both count and name the slides the same way.
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

export const ROOT = resolve(import.meta.dirname, '..')

export interface DeckSlide {
  /** 1-based slide number, as in the URL. */
  no: number
  title: string
  notes: string
  /** The slide's markdown, without its frontmatter and notes. */
  content: string
  frontmatter: Record<string, unknown>
}

/** Slidev's own parse of the deck: headmatter, and each slide's content, notes and frontmatter. */
export function loadSlidevData(root = ROOT, entry = resolve(root, 'slides.md')) {
  return load({ roots: [root], userRoot: root }, entry)
}

/** The slides a viewer sees (not disabled, not hidden), numbered as in the URL. */
export async function loadDeck(root = ROOT, entry?: string): Promise<DeckSlide[]> {
  const data = await loadSlidevData(root, entry)
  return data.slides
    .filter(s => !s.frontmatter?.disabled && !s.frontmatter?.hide)
    .map((s, i) => ({
      no: i + 1,
      title: s.title ?? '',
      notes: s.note ?? '',
      content: s.content,
      frontmatter: s.frontmatter ?? {},
    }))
}
