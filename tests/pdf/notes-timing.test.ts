// The speaker's notes PDF (`npm run export:notes`) shows under each slide's title its budget and
// the planned time it starts, "budget 0:45 · at 6:30", read from the slides' frontmatter.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DeckSlide, loadDeck, ROOT, squash } from '../support/deck.ts'
import { pageTexts } from '../support/pdf.ts'
import { slideTimings, timingLabel } from '../../setup/pace.ts'

const work = mkdtempSync(join(tmpdir(), 'notes-timing-'))
const PDF = join(work, 'notes.pdf')
let slides: DeckSlide[]
let text = ''

beforeAll(async () => {
  slides = await loadDeck()
  const run = spawnSync('npm', ['run', 'export:notes', '--', '--output', PDF], { cwd: ROOT, encoding: 'utf8' })
  if (run.status !== 0 || !existsSync(PDF))
    throw new Error(`npm run export:notes failed (${run.status}):\n${run.stdout}\n${run.stderr}`)
  text = pageTexts(PDF).join(' ')
}, 200_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('npm run export:notes → the speaker\'s timing per slide', () => {
  it('prints each slide\'s budget and cumulative time under its title, in order', () => {
    const timings = slideTimings(slides)
    let from = 0
    const missing: string[] = []
    slides.forEach((s, i) => {
      const line = `${s.no} ${squash(s.title)} ${timingLabel(timings[i]!)}`
      const at = text.indexOf(line, from)
      if (at < 0)
        missing.push(line)
      else
        from = at + line.length
    })
    expect(missing, 'slides whose title is not followed by "budget m:ss · at m:ss"').toEqual([])
  })
})
