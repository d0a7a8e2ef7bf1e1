// The slide PDF must come out right every time, not just on a lucky run: `npm run export` five
// times in a row, and every run gives one page per slide, each page showing its slide's title
// (a blank page, a missing page or a page printed before its slide rendered fails the run).
// A soak test: `npm run test:soak` (CI runs it after `npm test`), not part of `npm test`, which
// exports the slides once (tests/pdf/slides-pdf.test.ts).
import type { DeckSlide } from '../support/deck.ts'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asTyped, loadDeck, ROOT, squash } from '../support/deck.ts'
import { DIST } from '../support/global-setup.ts'
import { readPdf } from '../support/pdf.ts'

const PDF = resolve(ROOT, 'exports/slides.pdf')
const RUNS = 5

let slides: DeckSlide[]
let keep: string
const results: { run: number, pages: number, bytes: number, seconds: number }[] = []

beforeAll(async () => {
  slides = await loadDeck()
  keep = mkdtempSync(join(tmpdir(), 'export-repeat-'))
})
afterAll(() => {
  if (results.length)
    console.log(results.map(r => `run ${r.run}: ${r.pages} pages, ${r.bytes} bytes, ${r.seconds.toFixed(0)} s`).join('\n'))
  rmSync(keep, { recursive: true, force: true })
})

describe(`npm run export, ${RUNS} times in a row`, () => {
  for (let run = 1; run <= RUNS; run++) {
    it(`run ${run}: one page per slide, every page shows its slide's title`, async () => {
      rmSync(PDF, { force: true })
      const started = Date.now()
      // The shared build: each run prints it again (what can go wrong), without building again.
      const exported = spawnSync('npm', ['run', 'export', '--', '--dist', DIST], { cwd: ROOT, encoding: 'utf8' })
      const seconds = (Date.now() - started) / 1000
      if (exported.status !== 0 || !existsSync(PDF))
        throw new Error(`run ${run}: npm run export failed (${exported.status}) after ${seconds.toFixed(0)} s:\n${exported.stdout.slice(-3000)}\n${exported.stderr.slice(-3000)}`)
      // Keep this run's PDF apart, so a later run cannot hide what this one produced.
      const copy = join(keep, `run-${run}.pdf`)
      copyFileSync(PDF, copy)
      const texts = (await readPdf(copy)).pages
      const pages = texts.length
      results.push({ run, pages, bytes: statSync(copy).size, seconds })
      expect(pages, `run ${run}: pages`).toBe(slides.length)
      const wrong = slides
        .filter(s => !asTyped(texts[s.no - 1] ?? '').includes(squash(s.title)))
        .map(s => `run ${run}, page ${s.no}: lacks "${s.title}", shows "${texts[s.no - 1]?.slice(0, 80) ?? '(no page)'}"`)
      expect(wrong, 'pages without their slide\'s title (blank or wrong)').toEqual([])
    }, 400_000)
  }
})
