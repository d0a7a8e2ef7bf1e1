// The mistakes a maintainer makes in data/ and slides.md, each tried on a temporary copy of the deck (never the working tree): break
// one thing as a maintainer would, then run the check the build, the dev server and the exports
// run (check/index.ts). Then once for real: `npm run build` and `npm run export` on a broken copy
// must fail naming record, field and slide, and write no dist/ and no PDF.
import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDeck } from '../../check/index.ts'
import { loadDeck, ROOT } from '../../lib/deck.ts'
import { copyDeck as copy } from '../support/deck-copy.ts'

const removals: (() => void)[] = []
afterAll(() => removals.forEach(remove => remove()))

function copyDeck(): string {
  const { dir, remove } = copy()
  removals.push(remove)
  return dir
}

/** Replaces the first `from` in a file of the copy, as a maintainer's edit would. */
function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file)
  const text = readFileSync(path, 'utf8')
  expect(text, `${file} has ${String(from)}`).toMatch(from)
  writeFileSync(path, text.replace(from, to))
}

/** The first project's id and its start year line, from the copy's own file. */
function firstProject(dir: string): { id: string, startYear: RegExp } {
  const text = readFileSync(join(dir, 'data/projects.ts'), 'utf8')
  return { id: text.match(/id: '([^']+)'/)![1]!, startYear: /startYear: \d{4}/ }
}

describe('the five tries, through the check the plugin runs', () => {
  it('1. a year out of range in a project: names the record and the field', async () => {
    const dir = copyDeck()
    const { id, startYear } = firstProject(dir)
    edit(dir, 'data/projects.ts', startYear, 'startYear: 1850')
    expect((await checkDeck(dir)).problems).toEqual([`data/projects.ts: record "${id}", field "startYear": year 1850 is out of range 1950–2030`])
  })

  it('2. a source URL javascript:alert(1): rejected, naming the source record', async () => {
    const dir = copyDeck()
    const key = readFileSync(join(dir, 'data/sources.ts'), 'utf8').match(/^ {2}'?([\w-]+)'?: \{ publisher/m)![1]!
    edit(dir, 'data/sources.ts', /url: '[^']+'/, 'url: \'javascript:alert(1)\'')
    expect((await checkDeck(dir)).problems).toEqual([`data/sources.ts: record "${key}", field "url": "javascript:alert(1)" is not an http(s) URL`])
  })

  it('without site: in the headmatter, one note says the closing slide has no QR code; a site: that is no address is refused', async () => {
    const dir = copyDeck()
    const before = await checkDeck(dir)
    expect(before.problems).toEqual([])
    expect(before.notes.filter(n => n.includes('site:'))).toEqual(['slides.md: no site: in the headmatter, so no QR code on the closing slide (add the hosted folder\'s address when it has one)'])
    edit(dir, 'slides.md', /^lang: .*$/m, '$&\nsite: talks.example.org/x')
    expect((await checkDeck(dir)).problems).toEqual(['slides.md: headmatter, field "site": "talks.example.org/x" is not an http(s) address (write the folder\'s public address, e.g. site: https://example.org/talks/thirty-years/)'])
  })

  it('3. an unknown claim id in slides.md: names the slide and the id', async () => {
    const dir = copyDeck()
    edit(dir, 'slides.md', /<FactCheck v-click ids="[^"]+"/, '<FactCheck v-click ids="j11-typo"')
    const no = (await loadDeck(dir)).find(s => s.content.includes('ids="j11-typo"'))!.no
    const { problems } = await checkDeck(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^slides\\.md: slide ${no}: <FactCheck v-click ids="j11-typo" />: unknown claim id "j11-typo" \\(known: [a-z0-9-]+(, [a-z0-9_-]+)+\\)$`))
  })

  it('4. two records with the same id: rejected, both named', async () => {
    const dir = copyDeck()
    const text = readFileSync(join(dir, 'data/europe.ts'), 'utf8')
    const [first, second] = [...text.matchAll(/id: '([^']+)'/g)].map(m => m[1]!)
    edit(dir, 'data/europe.ts', `id: '${second}'`, `id: '${first}'`)
    expect((await checkDeck(dir)).problems).toEqual([`data/europe.ts: record "${first}", field "id": 2 records use this id (#1 and #2); ids must be unique`])
  })

  it('5. a required field deleted: rejected, the field named', async () => {
    const dir = copyDeck()
    const id = readFileSync(join(dir, 'data/claims.ts'), 'utf8').match(/id: '([^']+)'/)![1]!
    edit(dir, 'data/claims.ts', /\n {4}record: '(?:[^'\\]|\\.)*',/, '')
    expect((await checkDeck(dir)).problems).toEqual([`data/claims.ts: record "${id}", field "record": is missing (required field)`])
  })

  it('a data file that does not even parse: named, with its line', async () => {
    const dir = copyDeck()
    edit(dir, 'data/reasons.ts', /title: '/, 'title: \'\'\'')
    const { problems } = await checkDeck(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^data\/reasons\.ts(:\d+:\d+)?: cannot be loaded: /)
  })
})

/** A copy of the deck with a project table of twelve rows, for a slide that holds nine. */
function twelveProjects(dir: string) {
  const file = join(dir, 'data/projects.ts')
  const text = readFileSync(file, 'utf8')
  const last = text.slice(text.lastIndexOf('\n  {\n'), text.lastIndexOf('\n] as const'))
  const have = text.match(/^ {4}id: '/gm)!.length
  const copies = Array.from({ length: 12 - have }, (_, i) => last.replace(/id: '[^']+'/, `id: 'extra-${i + 1}'`)).join('')
  writeFileSync(file, text.replace('\n] as const', `${copies}\n] as const`))
}

/** Removes the comma after the first project; returns the line and column the parser stops at. */
function missingComma(dir: string): string {
  const file = join(dir, 'data/projects.ts')
  const text = readFileSync(file, 'utf8')
  const at = text.indexOf('\n  },\n  {') // the end of the first record
  writeFileSync(file, `${text.slice(0, at)}\n  }\n  {${text.slice(at + '\n  },\n  {'.length)}`)
  return `${text.slice(0, at).split('\n').length + 2}:3`
}

describe('more mistakes, through the check', () => {
  it('a misspelled component: named with the slide and the closest known name', async () => {
    const dir = copyDeck()
    edit(dir, 'slides.md', '<ProjectTable reveal />', '<ProjectTabel reveal />')
    const no = (await loadDeck(dir)).find(s => s.content.includes('<ProjectTabel'))!.no
    expect((await checkDeck(dir)).problems).toEqual([`slides.md: slide ${no}: unknown component <ProjectTabel> (did you mean <ProjectTable>?)`])
  })

  it('twelve projects for a table that holds nine: refused, saying how to split it', async () => {
    const dir = copyDeck()
    twelveProjects(dir)
    const { problems } = await checkDeck(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^slides\.md: slide \d+: <ProjectTable reveal \/>: 12 projects, but a slide holds 9 rows of the table: the rest would be cut off\. Split it: <ProjectTable rows="1-9" … \/>, then on a slide after it <ProjectTable rows="10-12" … \/>/)
  })

  it('a missing comma in a data file: file, line and column, in the parser\'s words', async () => {
    const dir = copyDeck()
    const at = missingComma(dir)
    expect((await checkDeck(dir)).problems).toEqual([`data/projects.ts:${at}: cannot be loaded: Expected \`,\` or \`]\` but found \`{\``])
  })
})

/**
 * The doors, for real, on two broken copies: every command that reads the deck (check, build,
 * export) refuses with the check's lines, writes no dist/ and leaves the last PDF alone. One copy
 * carries five mistakes in data and slides at once; the other a data file that does not parse.
 */
const BROKEN: [string, (dir: string) => Promise<RegExp[]>][] = [
  ['a year out of range, an unknown claim id, two misspelled components and twelve projects', async (dir) => {
    const { id, startYear } = firstProject(dir)
    edit(dir, 'data/projects.ts', startYear, 'startYear: 1850')
    edit(dir, 'slides.md', /<FactCheck v-click ids="[^"]+"/, '<FactCheck v-click ids="j11-typo"')
    edit(dir, 'slides.md', /<FactCheck (v-click|reveal) ids="(?!j11-typo)/, '<FactChek $1 ids="')
    edit(dir, 'slides.md', '<EuropeTable />', '<EuropeTabel />')
    twelveProjects(dir)
    const slides = await loadDeck(dir)
    const on = (text: string) => slides.find(s => s.content.includes(text))!.no
    return [
      new RegExp(`data/projects\\.ts: record "${id}", field "startYear": year 1850 is out of range 1950–2030`),
      new RegExp(`slides\\.md: slide ${on('j11-typo')}: <FactCheck v-click ids="j11-typo" />: unknown claim id "j11-typo"`),
      new RegExp(`slides\\.md: slide ${on('<FactChek')}: unknown component <FactChek> \\(did you mean <FactCheck>\\?\\)`),
      new RegExp(`slides\\.md: slide ${on('<EuropeTabel')}: unknown component <EuropeTabel> \\(did you mean <EuropeTable>\\?\\)`),
      new RegExp(`slides\\.md: slide ${on('<ProjectTable')}: <ProjectTable reveal />: 12 projects, but a slide holds 9 rows`),
    ]
  }],
  ['a missing comma in a data file', async dir => [new RegExp(`data/projects\\.ts:${missingComma(dir)}: cannot be loaded: Expected \`,\` or \`]\` but found \`\\{\``)]],
]

describe.each(BROKEN)('%s: refused by check, build and export', (_, breakIt) => {
  const dir = copyDeck()
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
    const dir = copyDeck()
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, engines: { node: '>=99.0.0' } }))
    const dev = spawnSync('npm', ['run', '--silent', 'dev'], { cwd: dir, encoding: 'utf8', timeout: 60_000 })
    expect(dev.status).not.toBe(0)
    expect(dev.stderr.trim()).toBe(`This is Node ${process.versions.node}; the deck needs Node >=99.0.0 (Node 24 is best): see README.md, "Node older than 22.22", to install it and put it first on PATH.`)
    expect(dev.stdout).not.toMatch(/slidev|vite/i)
  })
})

describe('belt and braces: what the check cannot see, the export refuses', () => {
  it('npm run export names a slide that renders an error and a slide whose text runs past its bottom edge, and leaves the previous PDF alone', async () => {
    const dir = copyDeck()
    // A component whose module throws when the slide loads it: it builds, and the check cannot
    // see it; the built deck shows Slidev's slide-error text in its place.
    writeFileSync(join(dir, 'components/boom.ts'), 'throw new Error("boom")\nexport {}\n')
    writeFileSync(join(dir, 'components/Broken.vue'), '<script setup lang="ts">\nimport \'./boom\'\n</script>\n\n<template><p>never</p></template>\n')
    edit(dir, 'slides.md', /(<FactCheck v-click ids="[^"]+" \/>)/, '$1\n\n<Broken />')
    // Points a speaker adds the night before, more than the slide holds.
    const more = Array.from({ length: 12 }, (_, i) => `- A point the speaker added the night before, number ${i + 1}`).join('\n')
    edit(dir, 'slides.md', /(# What it would take\n)/, `$1\n${more}\n`)
    const slides = await loadDeck(dir)
    const broken = slides.find(s => s.content.includes('<Broken />'))!.no
    const long = slides.find(s => s.title === 'What it would take')!.no
    mkdirSync(join(dir, 'exports'), { recursive: true })
    writeFileSync(join(dir, 'exports/slides.pdf'), 'the previous good PDF')
    const exported = spawnSync('npm', ['run', '--silent', 'export'], { cwd: dir, encoding: 'utf8', timeout: 170_000 })
    expect(exported.status).not.toBe(0)
    expect(exported.stderr).toMatch(new RegExp(`Export failed: .*\nslide ${broken}: shows an error instead of its content`))
    expect(exported.stderr).toMatch(new RegExp(`\nslide ${long}: .+ lies outside the slide by \\d+px bottom`))
    expect(exported.stdout + exported.stderr).not.toMatch(/\n\s+at /)
    expect(readFileSync(join(dir, 'exports/slides.pdf'), 'utf8')).toBe('the previous good PDF')
  })
})

describe('npm run present with a typo in data/ and no build in dist/', () => {
  it('says there is nothing to present and exits non-zero', () => {
    const bare = copyDeck()
    edit(bare, 'data/projects.ts', /startYear: \d{4}/, 'startYear: 1850')
    const present = spawnSync('npm', ['run', '--silent', 'present'], { cwd: bare, encoding: 'utf8', timeout: 120_000 })
    expect(present.status).toBe(1)
    expect(present.stderr).toContain('The build failed (above), and there is no earlier build in dist/: nothing to present.')
  })
})
