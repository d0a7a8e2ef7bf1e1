// The essay in the speaker notes: every sentence of content/essay.txt (one a line) is in the notes
// of one slide, word for word, and the sentences come in the essay's order across the deck.
// Typography is not compared: quotes, dashes, markdown emphasis and escapes, spacing, click
// markers. Pure: the caller gives the slides and the essay.
import type { DeckSlide } from '../lib/deck.ts'
import type { Problem } from './data.ts'

/** Text without typography, for comparing the notes with the essay. */
function normalise(text: string): string {
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

/** The essay's sentences, one a line, as written and as compared (the final period may be missing). */
export function essaySentences(essay: string): { text: string, compared: string }[] {
  return essay.split(/\r?\n/).map(line => line.trim()).filter(Boolean).map(text => ({ text, compared: normalise(text).replace(/[.!?]$/, '') }))
}

/** Each sentence of the essay the notes leave out, carry out of order or split across two slides, or hide in a comment that is not notes. */
export function checkNotes(slides: readonly DeckSlide[], essay: string): Problem[] {
  const notes = slides.map(s => normalise(s.notes))
  const problems: Problem[] = []
  // Slidev takes only a slide's last comment as its notes: two slides run together (a --- deleted)
  // leave the first one's notes in a comment no one sees. One problem per such comment.
  const comments = slides.flatMap(s => [...s.content.matchAll(/<!--([\s\S]*?)-->/g)].map(c => ({
    no: s.no,
    line: s.contentLine + s.content.slice(0, c.index).split('\n').length - 1,
    text: normalise(c[1]!),
  })))
  const inComments = new Map<number, { no: number, numbers: number[], first: string }>()
  let slide = 0
  let from = 0
  essaySentences(essay).forEach(({ text, compared }, i, sentences) => {
    for (let k = slide; k < notes.length; k++) {
      const at = notes[k]!.indexOf(compared, k === slide ? from : 0)
      if (at >= 0) {
        slide = k
        from = at + compared.length
        return
      }
    }
    const hidden = comments.find(c => c.text.includes(compared))
    if (hidden) {
      const found = inComments.get(hidden.line) ?? inComments.set(hidden.line, { no: hidden.no, numbers: [], first: text }).get(hidden.line)!
      found.numbers.push(i + 1)
      return
    }
    const place = i === 0 ? 'at the start of the notes' : `after "${sentences[i - 1]!.text}" (slide ${slides[slide]?.no ?? 1})`
    problems.push({ file: 'slides.md', where: 'speaker notes', problem: `the essay's sentence ${i + 1} is missing or out of order: "${text}"; every sentence of content/essay.txt is spoken, in order: put it back ${place}` })
  })
  for (const [line, { no, numbers, first }] of inComments) {
    const which = numbers.length === 1 ? `sentence ${numbers[0]} is` : `sentences ${numbers.join(', ')} are`
    problems.push({ file: `slides.md:${line}`, where: `slide ${no}`, problem: `the essay's ${which} in a comment that is not the slide's last, and Slidev shows only the last as notes: if a --- was deleted after that comment, put it back; otherwise move ${numbers.length === 1 ? 'it' : 'them'} into the notes: "${first}"${numbers.length === 1 ? '' : ' …'}` })
  }
  return problems
}
