// The commands at the door, for real, on broken copies of the deck: check, build, export and
// present refuse with the check's lines and write nothing; every command answers --help; an old
// Node gets one sentence; what the check cannot see, the export refuses. The check alone, on one
// mistake at a time: mistakes.test.ts.
import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck, ROOT } from '../../lib/deck.ts'
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

describe('every command answers --help', () => {
  // Side by side: each is a Node start and little else.
  it.concurrent.each(['check', 'build', 'export', 'export:handout', 'export:site', 'present', 'test', 'bench'])('npm run %s -- --help prints its usage and exits 0', async (script) => {
    // execFile rejects on a non-zero exit, with the output in the error.
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', script, '--', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(stdout).toMatch(/^Usage: npm (?:run |test )/m)
  })
})

describe('a Node older than the deck needs', () => {
  it('gets one sentence naming the Node running and the Nodes the deck needs, from npm run, before anything else runs', () => {
    // This Node is recent; a deck that asked for a future one plays the old Node.
    const dir = copyToBreak()
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, engines: { node: '>=99.0.0' } }))
    const dev = spawnSync('npm', ['run', '--silent', 'dev'], { cwd: dir, encoding: 'utf8', timeout: 60_000 })
    expect(dev.status).not.toBe(0)
    expect(dev.stderr.trim()).toBe(`This is Node ${process.versions.node}; the deck needs Node >=99.0.0 (Node 24 is best): see README.md, "Node older than 22.22", to install it and put it first on PATH.`)
    expect(dev.stdout).not.toMatch(/slidev|vite/i)
  })
})

describe('belt and braces: what the check cannot see, the export refuses', () => {
  it('npm run export names a slide that renders an error, a slide whose text runs past its bottom edge, a slide that loads a file from the web and a slide that shows nothing, and leaves the previous PDF alone', async () => {
    const dir = copyToBreak()
    // A component whose module throws when the slide loads it: it builds, and the check cannot
    // see it; the built deck shows Slidev's slide-error text in its place.
    writeFileSync(join(dir, 'components/boom.ts'), 'throw new Error("boom")\nexport {}\n')
    writeFileSync(join(dir, 'components/Broken.vue'), '<script setup lang="ts">\nimport \'./boom\'\n</script>\n\n<template><p>never</p></template>\n')
    edit(dir, 'slides.md', /(<FactCheck v-click ids="[^"]+" \/>)/, '$1\n\n<Broken />')
    // Points a speaker adds the night before, more than the slide holds.
    const more = Array.from({ length: 12 }, (_, i) => `- A point the speaker added the night before, number ${i + 1}`).join('\n')
    edit(dir, 'slides.md', /(# What it would take\n)/, `$1\n${more}\n`)
    // A map that a component of the deck takes from the web, where the check does not look.
    writeFileSync(join(dir, 'components/WebMap.vue'), '<template><img src="https://example.com/map.png" alt="A map of the region"></template>\n')
    edit(dir, 'slides.md', /(# Reason 3[^\n]*\n)/, '$1\n<WebMap />\n')
    // A slide of its own for a component that renders nothing.
    writeFileSync(join(dir, 'components/Nothing.vue'), '<template><div /></template>\n')
    edit(dir, 'slides.md', /(\n---\n(?:[^\n]+\n)*?---\n\n# The record's answer)/, '\n---\n\n<Nothing />\n$1')
    const slides = await loadDeck(dir)
    const nothing = slides.find(s => s.content.includes('<Nothing />'))!.no
    const broken = slides.find(s => s.content.includes('<Broken />'))!.no
    const long = slides.find(s => s.title === 'What it would take')!.no
    const web = slides.find(s => s.content.includes('<WebMap />'))!.no
    mkdirSync(join(dir, 'exports'), { recursive: true })
    writeFileSync(join(dir, 'exports/slides.pdf'), 'the previous good PDF')
    const exported = spawnSync('npm', ['run', '--silent', 'export'], { cwd: dir, encoding: 'utf8', timeout: 170_000 })
    expect(exported.status).not.toBe(0)
    expect(exported.stderr).toMatch(new RegExp(`Export failed: .*\nslide ${broken}: shows an error instead of its content`))
    expect(exported.stderr).toMatch(new RegExp(`\nslide ${long}: .+ lies outside the slide by \\d+px bottom`))
    expect(exported.stderr).toContain(`\nslide ${web}: loads https://example.com/map.png from the web, which the export blocks`)
    expect(exported.stderr).toContain(`\nslide ${nothing}: shows nothing, and would print as a blank page`)
    expect(exported.stdout + exported.stderr).not.toMatch(/\n\s+at /)
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
