// The deck as Slidev parses it: one entry per slide with its title, notes and click count.
// Tests use this to know how many slides to expect and what each one must show.
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

export interface DeckSlide {
  /** 1-based slide number, as in the URL. */
  no: number
  title: string
  notes: string
  frontmatter: Record<string, unknown>
}

export const ROOT = resolve(import.meta.dirname, '../..')

export async function loadDeck(entry = resolve(ROOT, 'slides.md')): Promise<DeckSlide[]> {
  const data = await load(ROOT, entry)
  return data.slides
    .filter(s => !s.frontmatter?.disabled && !s.frontmatter?.hide)
    .map((s, i) => ({
      no: i + 1,
      title: s.title ?? '',
      notes: s.note ?? '',
      frontmatter: s.frontmatter ?? {},
    }))
}
