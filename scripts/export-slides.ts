// `npm run export`: the slide PDF at exports/slides.pdf, one page per slide in its final click
// state, with an outline of slide titles. Extra arguments go to `slidev export` (e.g. --dark).
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseRangeString } from '@slidev/parser/core'
import { findChromiumOrExit } from './browser.ts'
import { loadDeck } from './deck.ts'
import { formatSlideErrors, pdfPageTexts, slideErrors, summariseExportFailure } from './slide-errors.ts' // issue 11

export const SLIDES_PDF = 'exports/slides.pdf'

const browser = findChromiumOrExit()
// issue 11: Slidev writes a temporary file; it replaces exports/slides.pdf only when every slide
// rendered, so a failed export leaves the previous good PDF in place.
const partial = SLIDES_PDF.replace(/\.pdf$/, '.partial.pdf')
const args = [
  'slidev', 'export',
  '--executable-path', browser,
  '--output', partial,
  '--with-toc',
  // Each slide waits for the network to go quiet (fonts, images) before it is printed:
  // printing earlier is what produced blank pages.
  '--wait-until', 'networkidle',
  '--wait', '300',
  '--timeout', '60000',
  ...process.argv.slice(2),
]
console.log(`Exporting with ${browser}`)
mkdirSync(dirname(SLIDES_PDF), { recursive: true })
// issue 11: Slidev's output passes through; on failure, one line per problem instead of a stack trace.
const run = spawn('npx', args, { stdio: ['inherit', 'inherit', 'pipe'] })
let stderr = ''
run.stderr.on('data', (chunk: Buffer) => { stderr += chunk })
const status = await new Promise<number>(resolve => run.on('close', code => resolve(code ?? 1)))
if (status !== 0) {
  rmSync(partial, { force: true })
  console.error(summariseExportFailure(stderr))
  process.exit(status)
}
process.stderr.write(stderr)
// Page k is slide k, or the k-th slide of a --range.
const range = process.argv.slice(2).find((a, i, all) => all[i - 1] === '--range')
const slideNos = range ? parseRangeString((await loadDeck()).length, range) : undefined
const errors = slideErrors(await pdfPageTexts(new Uint8Array(readFileSync(partial))))
  .map(e => ({ ...e, slide: slideNos?.[e.slide - 1] ?? e.slide }))
if (errors.length) {
  rmSync(partial, { force: true })
  console.error(`\n✗ No PDF written: ${errors.length === 1 ? '1 slide shows' : `${errors.length} slides show`} an error.\n${formatSlideErrors(errors)}\n`)
  process.exit(1)
}
renameSync(partial, SLIDES_PDF)
console.log(`✓ ${SLIDES_PDF}`)
