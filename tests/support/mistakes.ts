// The mistakes a maintainer makes in data/ and slides.md, as edits to a temporary copy of the deck
// (never the working tree), for the door's tests: tests/door/mistakes.test.ts runs the check on
// them, tests/door/commands.test.ts, export.test.ts and usage.test.ts the commands.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { copyDeck } from './deck-copy.ts'

const copies: (() => void)[] = []

/** A temporary copy of the deck to make mistakes in; `removeCopies` removes every one made so far. */
export function copyToBreak(): string {
  const { dir, remove } = copyDeck()
  copies.push(remove)
  return dir
}

export function removeCopies() {
  copies.splice(0).forEach(remove => remove())
}

/** Replaces the first `from` in a file of the copy, as a maintainer's edit would. */
export function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file)
  const text = readFileSync(path, 'utf8')
  expect(text, `${file} has ${String(from)}`).toMatch(from)
  writeFileSync(path, text.replace(from, to))
}

/** The first project's id and its start year line, from the copy's own file. */
export function firstProject(dir: string): { id: string, startYear: RegExp } {
  const text = readFileSync(join(dir, 'data/projects.ts'), 'utf8')
  return { id: text.match(/id: '([^']+)'/)![1]!, startYear: /startYear: \d{4}/ }
}

/** A copy of the deck with a project table of twelve rows, for a slide that holds nine. */
export function twelveProjects(dir: string) {
  const file = join(dir, 'data/projects.ts')
  const text = readFileSync(file, 'utf8')
  const last = text.slice(text.lastIndexOf('\n  {\n'), text.lastIndexOf('\n] as const'))
  const have = text.match(/^ {4}id: '/gm)!.length
  const copies = Array.from({ length: 12 - have }, (_, i) => last.replace(/id: '[^']+'/, `id: 'extra-${i + 1}'`)).join('')
  writeFileSync(file, text.replace('\n] as const', `${copies}\n] as const`))
}

/** Removes the comma after the first project; returns the line and column the parser stops at. */
export function missingComma(dir: string): string {
  const file = join(dir, 'data/projects.ts')
  const text = readFileSync(file, 'utf8')
  const at = text.indexOf('\n  },\n  {') // the end of the first record
  writeFileSync(file, `${text.slice(0, at)}\n  }\n  {${text.slice(at + '\n  },\n  {'.length)}`)
  return `${text.slice(0, at).split('\n').length + 2}:3`
}
