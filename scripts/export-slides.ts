// `npm run export`: the slide PDF at exports/slides.pdf, one page per slide in its final click
// state, with an outline of slide titles. Extra arguments go to `slidev export` (e.g. --dark).
import { spawnSync } from 'node:child_process'
import { findChromiumOrExit } from './browser.ts'

export const SLIDES_PDF = 'exports/slides.pdf'

const browser = findChromiumOrExit()
const args = [
  'slidev', 'export',
  '--executable-path', browser,
  '--output', SLIDES_PDF,
  '--with-toc',
  // Each slide waits for the network to go quiet (fonts, images) before it is printed:
  // printing earlier is what produced blank pages.
  '--wait-until', 'networkidle',
  '--wait', '300',
  '--timeout', '60000',
  ...process.argv.slice(2),
]
console.log(`Exporting with ${browser}`)
const run = spawnSync('npx', args, { stdio: 'inherit' })
process.exit(run.status ?? 1)
