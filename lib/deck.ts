// The deck as Slidev parses it (@slidev/parser): one place that reads slides.md for the check, the
// exports and the tests, so all of them count and name the slides the same way.
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
  /** The slide as written in slides.md from line `line` on: frontmatter, content and notes. */
  raw: string
  frontmatter: Record<string, unknown>
  /** 1-based line in slides.md where the slide starts (its `---`; 1 for the first slide). */
  line: number
  /** 1-based line in slides.md where `content` starts. */
  contentLine: number
  /** What the YAML parser could not read in the slide's frontmatter, each at its line and column in slides.md. */
  frontmatterErrors: { line: number, column: number, message: string }[]
}

/** Slidev's own parse of the deck: headmatter, and each slide's content, notes and frontmatter. */
export function loadSlidevData(root = ROOT, entry = resolve(root, 'slides.md')) {
  return load({ roots: [root], userRoot: root }, entry)
}

/** The slides a viewer sees (not disabled, not hidden), numbered as in the URL. */
export async function loadDeck(root = ROOT, entry?: string): Promise<DeckSlide[]> {
  return deckSlides(await loadSlidevData(root, entry))
}

/** The slides a viewer sees in Slidev's parse of the deck (loadSlidevData). */
export function deckSlides(data: Awaited<ReturnType<typeof loadSlidevData>>): DeckSlide[] {
  return data.slides
    .filter(s => !s.frontmatter?.disabled && !s.frontmatter?.hide)
    .map((s, i) => {
      const start = s.source.start
      // The frontmatter's text starts on the line after the slide's `---`.
      const errors = s.source.frontmatterDoc?.errors ?? []
      const linesBefore = s.source.raw.slice(0, Math.max(0, s.source.raw.indexOf(s.source.contentRaw))).split('\n').length - 1
      return {
        no: i + 1,
        // A frontmatter `title:` that YAML reads as a mapping (an unquoted colon) is no title.
        title: typeof s.title === 'string' ? s.title : '',
        notes: s.note ?? '',
        content: s.content,
        raw: s.source.raw,
        frontmatter: s.frontmatter ?? {},
        line: start + 1,
        contentLine: start + 1 + linesBefore,
        frontmatterErrors: errors.map(e => ({
          line: start + 1 + (e.linePos?.[0].line ?? 1),
          column: e.linePos?.[0].col ?? 1,
          message: e.message.split('\n')[0]!,
        })),
      }
    })
}

/** A component as a slide's markdown writes it: `<FactCheck v-click ids="a b" />`. */
export interface ComponentTag {
  /** The tag as written, white space folded: how messages name it. */
  tag: string
  /** The name as written: "FactCheck", or kebab-case "v-clicks". */
  name: string
  /** Its attributes given as plain strings, by name (a bound one keeps its colon: ":rows"). */
  attrs: Map<string, string>
}

/** Every component tag in `content`: opening or self-closing, not a closing tag, not an HTML element. */
export function componentTags(content: string): ComponentTag[] {
  return [...content.matchAll(/<([A-Z][\w-]*|[a-z]+(?:-[a-z\d]+)+)\b([^>]*?)\/?>/g)].map(([tag, name, attrs]) => ({
    tag: tag.replace(/\s+/g, ' '),
    name: name!,
    attrs: new Map([...attrs!.matchAll(/(:?[\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!])),
  }))
}
