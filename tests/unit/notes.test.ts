// Every sentence of the essay must be spoken: it appears verbatim in the speaker notes (the last
// HTML comment of a slide), and the sentences come in the essay's order across the deck.
import type { DeckSlide } from '../support/deck.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck, ROOT } from '../support/deck.ts'

const ESSAY = resolve(ROOT, 'content/essay.txt')

/** Compare text, not typography: quotes, dashes, markdown emphasis and spacing are ignored. */
export function normalise(text: string): string {
  return text
    .replace(/\[click(?::?\d+)?\]/g, ' ') // presenter click markers
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, '\'')
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\\([\\`*_{}[\]()#+\-.!"'])/g, '$1') // markdown escapes
    .replace(/[*_]/g, '') // markdown emphasis, and the essay's stray "***"
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1')
    .trim()
    .toLowerCase()
}

/** The essay has one sentence per line; the final period may be missing (one line lacks it). */
export function essaySentences(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(Boolean)
    .map(line => normalise(line).replace(/[.!?]$/, ''))
}

const sentences = essaySentences(readFileSync(ESSAY, 'utf8'))

describe('essay → speaker notes', () => {
  let slides: DeckSlide[]
  let notes: string
  /** Where each sentence starts in the concatenated notes, searched after the previous one. */
  const positions = new Map<number, number>()

  beforeAll(async () => {
    slides = await loadDeck()
    notes = slides.map(s => normalise(s.notes)).join(' \n ')
    let from = 0
    sentences.forEach((sentence, i) => {
      const at = notes.indexOf(sentence, from)
      if (at >= 0) {
        positions.set(i, at)
        from = at + sentence.length
      }
    })
  })

  it('reads a non-trivial essay', () => {
    expect(sentences.length).toBeGreaterThan(30)
    // The essay's odd bits survive normalisation as words.
    expect(sentences.some(s => s.includes('heavy-duty project'))).toBe(true)
    expect(sentences.some(s => s.endsWith('clear follow-up plan'))).toBe(true)
  })

  it.each(sentences.map((s, i) => [i + 1, s] as const))(
    'sentence %i is in the notes, after the one before: %s',
    (i, sentence) => {
      expect(positions.has(i - 1), `missing or out of order: "${sentence}"`).toBe(true)
    },
  )

  it('covers 100% of the essay', () => {
    const missing = sentences.filter((_, i) => !positions.has(i))
    expect(missing, `not in the notes in order:\n${missing.join('\n')}`).toEqual([])
    expect(positions.size).toBe(sentences.length)
  })

  it('keeps each sentence on one slide (never split across two notes)', () => {
    const perSlide = slides.map(s => normalise(s.notes))
    const split = sentences.filter(s => !perSlide.some(n => n.includes(s)))
    expect(split).toEqual([])
  })
})
