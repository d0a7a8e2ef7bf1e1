// What the handout needs from the deck source: the cover (title, subtitle, source line, date) from
// the headmatter and the first slide, and each slide's number, title and notes, via @slidev/parser.
import { loadDeck, loadSlidevData, ROOT } from '../deck.ts'
import { slideTimings, timingLabel } from '../../setup/pace.ts'

export interface HandoutSlide {
  /** 1-based, as in the deck's URL. */
  no: number
  title: string
  notes: string
  /** Issue 13: the slide's budget and planned start, "budget 0:45 · at 6:30" (setup/pace.ts). */
  timing?: string
}

export interface Cover {
  title: string
  subtitle: string
  /** "Based on the essay …" */
  source: string
  date: string
}

export interface HandoutDeck {
  cover: Cover
  slides: HandoutSlide[]
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

export async function loadHandoutDeck(root = ROOT): Promise<HandoutDeck> {
  const [data, slides] = await Promise.all([loadSlidevData(root), loadDeck(root)])
  const first = slides[0]
  if (!first)
    throw new Error(`${root}/slides.md has no slides`)
  // Issue 13: budgets from each slide's frontmatter, for the speaker's timing line.
  const timings = slideTimings(slides)
  return {
    cover: coverFrom(data.headmatter ?? {}, first),
    slides: slides.map(({ no, title, notes }, i) => ({ no, title, notes, timing: timingLabel(timings[i]!) })),
  }
}
