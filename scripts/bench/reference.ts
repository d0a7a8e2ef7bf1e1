// The reference deck: Slidev's own floor. One slide, default theme, no components, nothing in its
// folder but slides.md, built by the same installed Slidev. Its only headmatter is the deck's
// `fonts: { provider: none }`, so neither deck makes a Google Fonts request; all else is default.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const REFERENCE_SLIDES = `---
fonts:
  provider: none
---

# Reference

One slide, default theme, no components.
`

/** A fresh temporary folder with the reference slides.md in it; returns the folder. */
export function makeReferenceDeck(): string {
  const dir = mkdtempSync(join(tmpdir(), 'slidev-ref-'))
  writeFileSync(join(dir, 'slides.md'), REFERENCE_SLIDES)
  return dir
}
