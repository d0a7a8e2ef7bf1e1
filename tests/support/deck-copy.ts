// A temporary copy of the deck's sources for the door's tests: a maintainer's edit is tried there,
// never in the working tree. It shares this checkout's node_modules.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ROOT } from './deck.ts'

const SOURCES = ['slides.md', 'package.json', 'vite.config.ts', 'tsconfig.json', 'env.d.ts', 'content', 'data', 'components', 'scripts', 'setup', 'styles', 'public']

/** The copy's folder, and a function that removes it. */
export function copyDeck(): { dir: string, remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'deck-try-'))
  for (const entry of SOURCES)
    cpSync(resolve(ROOT, entry), join(dir, entry), { recursive: true })
  symlinkSync(resolve(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
