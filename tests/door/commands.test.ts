// The commands at the door, for real, on broken copies of the deck: check, build and export refuse
// with the check's lines and write nothing, and present, with no earlier build, says there is
// nothing to present. The check alone, on one mistake at a time: mistakes.test.ts; what the check
// cannot see: export.test.ts; --help and an old Node: usage.test.ts.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../lib/deck.ts'
import { copyToBreak, edit, firstProject, missingComma, removeCopies, twelveProjects } from '../support/mistakes.ts'

afterAll(removeCopies)

/**
 * The doors, for real, on two broken copies: every command that reads the deck (check, build,
 * export) refuses with the check's lines, writes no dist/ and leaves the last PDF alone. One copy
 * carries nine mistakes in data and slides at once; the other a data file that does not parse.
 */
const BROKEN: [string, (dir: string) => Promise<RegExp[]>][] = [
  ['a year out of range, an unknown claim id, two misspelled components, a misspelled prop and directive, twelve projects, an unclosed tag and a title with a colon', async (dir) => {
    const { id, startYear } = firstProject(dir)
    edit(dir, 'slides.md', /\ntitle: The question\n/, '\ntitle: The question: why\n')
    edit(dir, 'slides.md', /(# What it would take\n)/, '$1\n<div class="callout">\n')
    edit(dir, 'data/projects.ts', startYear, 'startYear: 1850')
    edit(dir, 'slides.md', /<FactCheck v-click ids="[^"]+"/, '<FactCheck v-click ids="j11-typo"')
    edit(dir, 'slides.md', /<FactCheck (v-click|reveal) ids="(?!j11-typo)/, '<FactChek $1 ids="')
    edit(dir, 'slides.md', '<EuropeTable />', '<EuropeTabel />')
    edit(dir, 'slides.md', 'class="slide-badge"', 'clas="slide-badge"')
    edit(dir, 'slides.md', '<p v-click class="fact__answer">', '<p v-clikc class="fact__answer">')
    twelveProjects(dir)
    const slides = await loadDeck(dir)
    const on = (text: string) => slides.find(s => s.content.includes(text))!.no
    return [
      new RegExp(`data/projects\\.ts: record "${id}", field "startYear": year 1850 is out of range 1950–2030`),
      new RegExp(`slides\\.md: slide ${on('j11-typo')}: <FactCheck v-click ids="j11-typo" />: unknown claim id "j11-typo"`),
      new RegExp(`slides\\.md: slide ${on('<FactChek')}: unknown component <FactChek> \\(did you mean <FactCheck>\\?\\)`),
      new RegExp(`slides\\.md: slide ${on('<EuropeTabel')}: unknown component <EuropeTabel> \\(did you mean <EuropeTable>\\?\\)`),
      new RegExp(`slides\\.md:\\d+:\\d+: slide ${on('clas="slide-badge"')}: <ModeBadge .+: <ModeBadge> has no prop "clas" \\(did you mean "class"\\?\\)`),
      new RegExp(`slides\\.md:\\d+:4: slide ${on('v-clikc')}: <p v-clikc .+: unknown directive v-clikc \\(did you mean v-click\\?\\)`),
      new RegExp(`slides\\.md: slide ${on('<ProjectTable')}: <ProjectTable reveal />: 12 projects, but a slide holds 9 rows`),
      /slides\.md:\d+:8: slide 2: frontmatter: Nested mappings are not allowed in compact mappings: a value with ": " in it needs quotes/,
      new RegExp(`slides\\.md:\\d+:1: slide ${on('<div class="callout">')}: <div class="callout">: Element is missing end tag: close it with </div>, or remove it`),
    ]
  }],
  ['a missing comma in a data file', async dir => [new RegExp(`data/projects\\.ts:${missingComma(dir)}: cannot be loaded: Expected \`,\` or \`]\` but found \`\\{\``)]],
]

describe.each(BROKEN)('%s: refused by check, build and export', (_, breakIt) => {
  const dir = copyToBreak()
  let lines: RegExp[]
  const run = (...args: string[]) => spawnSync('npm', ['run', '--silent', ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 })
  const said = (r: ReturnType<typeof run>) => r.stdout + r.stderr
  beforeAll(async () => {
    lines = await breakIt(dir)
  })

  it('npm run check names each mistake in a line of its own', () => {
    const check = run('check')
    expect(check.status).toBe(1)
    for (const line of lines)
      expect(said(check)).toMatch(line)
    expect(said(check)).not.toMatch(/\n\s+at /)
  })

  it('npm run build names them and writes no dist/', () => {
    const build = run('build')
    expect(build.status).not.toBe(0)
    for (const line of lines)
      expect(said(build)).toMatch(line)
    expect(existsSync(join(dir, 'dist'))).toBe(false)
  })

  it('npm run export names them before a browser starts, and leaves the previous PDF alone', () => {
    mkdirSync(join(dir, 'exports'), { recursive: true })
    writeFileSync(join(dir, 'exports/slides.pdf'), 'the previous good PDF')
    const exported = run('export')
    expect(exported.status).not.toBe(0)
    for (const line of lines)
      expect(said(exported)).toMatch(line)
    expect(said(exported)).not.toMatch(/Printing with|\n\s+at /)
    expect(readFileSync(join(dir, 'exports/slides.pdf'), 'utf8')).toBe('the previous good PDF')
  })
})

describe('npm run present with a typo in data/ and no build in dist/', () => {
  it('says there is nothing to present and exits non-zero', () => {
    const bare = copyToBreak()
    edit(bare, 'data/projects.ts', /startYear: \d{4}/, 'startYear: 1850')
    const present = spawnSync('npm', ['run', '--silent', 'present'], { cwd: bare, encoding: 'utf8', timeout: 120_000 })
    expect(present.status).toBe(1)
    expect(present.stderr).toContain('The build failed (above), and there is no earlier build in dist/: nothing to present.')
  })
})
