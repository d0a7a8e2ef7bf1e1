// Every sentence of the essay is spoken: the check (check/notes.ts) finds each in the speaker
// notes of one slide, in the essay's order, and names each one it does not find.
import type { DeckSlide } from '../support/deck.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatProblem } from '../../check/data.ts'
import { checkNotes, essaySentences } from '../../check/notes.ts'
import { loadDeck, ROOT } from '../support/deck.ts'

const essay = readFileSync(resolve(ROOT, 'content/essay.txt'), 'utf8')
const sentences = essaySentences(essay)

describe('essay → speaker notes', () => {
  let slides: DeckSlide[]
  beforeAll(async () => {
    slides = await loadDeck()
  })
  const check = (deck: DeckSlide[]) => checkNotes(deck, essay).map(formatProblem)
  /** The deck with slide `no`'s notes changed by `change`. */
  const withNotes = (no: number, change: (notes: string) => string) => slides.map(s => s.no === no ? { ...s, notes: change(s.notes) } : s)
  /** The slide whose notes carry sentence `i` (0-based), and the sentence as the notes write it. */
  const carrying = (i: number) => slides.find(s => s.notes.includes(sentences[i]!.text.replace(/\.$/, '')))!

  it('reads a non-trivial essay, its odd bits as words', () => {
    expect(sentences.length).toBeGreaterThan(30)
    expect(sentences.some(s => s.compared.includes('heavy-duty project'))).toBe(true)
    expect(sentences.some(s => s.compared.endsWith('clear follow-up plan'))).toBe(true)
  })

  it('finds every sentence of the essay in the notes, in order, each on one slide', () => {
    expect(check(slides)).toEqual([])
  })

  it('names a sentence left out, and where it goes', () => {
    const i = sentences.findIndex(s => s.text === 'Why is that?')
    const slide = carrying(i)
    expect(check(withNotes(slide.no, n => n.replace('Why is that?', '')))).toEqual([
      `slides.md: speaker notes: the essay's sentence ${i + 1} is missing or out of order: "Why is that?"; every sentence of content/essay.txt is spoken, in order: put it back after "${sentences[i - 1]!.text}" (slide ${slide.no})`,
    ])
  })

  it('names a sentence moved out of order, and one split across two slides', () => {
    const [a, b] = [sentences[2]!.text, sentences[3]!.text]
    const slide = carrying(3)
    expect(slide).toBe(carrying(2))
    const swapped = check(withNotes(slide.no, n => n.replace(a, '@').replace(b, a).replace('@', b)))
    expect(swapped).toHaveLength(1)
    expect(swapped[0]).toMatch(/: the essay's sentence [34] is missing or out of order: /)

    // A long sentence, its last words moved to the top of the next slide's notes.
    const i = sentences.findIndex(s => s.text.split(' ').length > 8)
    const long = sentences[i]!.text
    const words = long.split(' ')
    const on = carrying(i).no
    const split = withNotes(on, n => n.replace(long, words.slice(0, 4).join(' '))).map(s => s.no === on + 1 ? { ...s, notes: `${words.slice(4).join(' ')}\n\n${s.notes}` } : s)
    expect(check(split)).toEqual([expect.stringContaining(`: the essay's sentence ${i + 1} is missing or out of order: "${long}"`)])
  })

  it('names a sentence in a comment Slidev does not take as notes (two slides run together), at its line', () => {
    // A deleted --- leaves the first slide's notes as a comment in the middle of the joined slide.
    const i = sentences.findIndex(s => s.text === 'Why is that?')
    const slide = carrying(i)
    const joined = slides.flatMap((s) => {
      if (s.no === slide.no + 1)
        return []
      if (s.no !== slide.no)
        return [s]
      const next = slides[s.no]!
      return [{ ...s, content: `${s.content}\n\n<!--\n${s.notes}\n-->\n\n${next.content}`, notes: next.notes }]
    })
    const line = slide.contentLine + slide.content.split('\n').length + 1
    const first = sentences.findIndex(s => slide.notes.includes(s.text.replace(/\.$/, '')))
    expect(first).toBeLessThan(i)
    expect(check(joined)).toEqual([
      `slides.md:${line}: slide ${slide.no}: the essay's sentences ${sentences.slice(first, i + 1).map((_, k) => first + k + 1).join(', ')} are in a comment that is not the slide's last, and Slidev shows only the last as notes: if a --- was deleted after that comment, put it back; otherwise move them into the notes: "${sentences[first]!.text}" …`,
    ])
  })
})
