// The reference deck: Slidev's own floor. One slide, default theme, no components, nothing in its
// folder but slides.md, built by the same installed Slidev. Its only headmatter is the deck's
// `fonts: { provider: none }`, so neither deck makes a Google Fonts request; all else is default.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const REFERENCE_SLIDES = `---
fonts:
  provider: none
---

# Reference

One slide, default theme, no components.
`

/**
 * The reference's folder, with a fresh slides.md and no output from an earlier run.
 *
 * The folder's path is the same on every run, on purpose: the dev server that `slidev export`
 * starts keeps its pre-bundled dependencies in a cache keyed by the project root. A new random
 * folder each run would make the reference re-bundle them every time (10–20 s, and the reload
 * that follows can print a blank page), while the deck's cache stays warm, which is not a fair
 * comparison. Pass `fresh` for a random folder instead.
 */
export function makeReferenceDeck(fresh = false): string {
  const dir = fresh
    ? join(tmpdir(), `slidev-ref-${Math.random().toString(36).slice(2, 8)}`)
    : join(tmpdir(), 'slidev-ref-bench')
  for (const old of ['dist', 'reference.pdf', 'slides.md'])
    rmSync(join(dir, old), { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'slides.md'), REFERENCE_SLIDES)
  return dir
}
