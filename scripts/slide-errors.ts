// Belt and braces for the exports: whatever the cause, a slide that renders an error instead of
// itself must not reach a PDF. The check at the door (scripts/door.ts) stops bad data first; this
// catches the rest: a component's error box, or Slidev's own slide-error text.
/** What a broken slide shows: a component's error box, Slidev's text when a slide's module failed, Vite's error overlay. */
export const SLIDE_ERROR_TEXTS = [
  'Cannot render ',
  'An error occurred on this slide',
  'Failed to fetch this slide',
  '[plugin:',
] as const

interface SlideError {
  /** 1-based, as in the deck's URL (and the slide PDF's page number). */
  slide: number
  /** The sentence the slide shows, cut to one line. */
  shows: string
}

/** The error each text shows, if any; `texts[i]` is slide i + 1. */
export function slideErrors(texts: readonly string[]): SlideError[] {
  return texts.flatMap((text, i) => {
    const flat = text.replace(/\s+/g, ' ')
    const at = Math.min(...SLIDE_ERROR_TEXTS.map(t => flat.indexOf(t)).filter(n => n >= 0))
    return Number.isFinite(at) ? [{ slide: i + 1, shows: flat.slice(at, at + 160).trim() }] : []
  })
}

export function formatSlideErrors(errors: readonly SlideError[]): string {
  return errors.map(e => `slide ${e.slide}: shows an error instead of its content: "${e.shows}"`).join('\n')
}

/** Thrown by settleSlide (scripts/slide.ts) for a slide that shows an error instead of its content. */
export class SlideShowsError extends Error {}
