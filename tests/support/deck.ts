// The deck for tests: what slides there are, their titles and notes (lib/deck.ts).
export { type DeckSlide, loadDeck, loadSlidevData, ROOT } from '../../lib/deck.ts'

/** Whitespace folded, for comparing text as a reader sees it. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim()
/** As `squash`, with markdown's typographic apostrophes as typed: a title as written in slides.md. */
export const asTyped = (s: string) => squash(s).replace(/[‘’]/g, '\'')
