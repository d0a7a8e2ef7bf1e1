// A temporary copy of the deck for the door's tests: a maintainer's edit is tried there,
// never in the working tree. It shares this checkout's installed packages, but not the folders
// Slidev and Vite write to (node_modules/.slidev, .vite): a copy's build would overwrite the
// generated modules of a build of the deck running at the same time.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ROOT } from './deck.ts'

// Everything in the checkout is the deck (slides, layouts, components, setup, styles, config...)
// except these: the tests themselves, installed packages, and what builds and exports write.
const NOT_THE_DECK = new Set(['.git', 'node_modules', 'tests', 'exports', '.cache', '.scratch', '.slidev'])
const isDeck = (entry: string) => !NOT_THE_DECK.has(entry) && !/^dist(?:-|$)/.test(entry)

/** The copy's folder, and a function that removes it. */
export function copyDeck(): { dir: string, remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'deck-try-'))
  for (const entry of readdirSync(ROOT).filter(isDeck))
    cpSync(resolve(ROOT, entry), join(dir, entry), { recursive: true })
  mkdirSync(join(dir, 'node_modules'))
  for (const entry of readdirSync(resolve(ROOT, 'node_modules'))) {
    if (!['.slidev', '.vite'].includes(entry))
      symlinkSync(resolve(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry), 'dir')
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
