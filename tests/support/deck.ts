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

/** Slidev's own parse of the deck: headmatter, and each slide's content, notes and frontmatter. */
export function loadSlidevData(entry = resolve(ROOT, 'slides.md')) {
  return load({ roots: [ROOT], userRoot: ROOT }, entry)
}

export async function loadDeck(entry?: string): Promise<DeckSlide[]> {
  const data = await loadSlidevData(entry)
  return data.slides
    .filter(s => !s.frontmatter?.disabled && !s.frontmatter?.hide)
    .map((s, i) => ({
      no: i + 1,
      title: s.title ?? '',
      notes: s.note ?? '',
      frontmatter: s.frontmatter ?? {},
    }))
}
