// The mistakes a maintainer makes in data/ and slides.md, each tried on a temporary copy of the deck (never the working tree): break
// one thing as a maintainer would, then run the check the build, the dev server and the exports
// run (check/index.ts). Then once for real: `npm run build` and `npm run export` on a broken copy
// must fail naming record, field and slide, and write no dist/ and no PDF.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDeck } from '../../check/index.ts'
import { loadDeck } from '../../lib/deck.ts'
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

  it('3. an unknown claim id in slides.md: names the slide and the id', async () => {
    const dir = copyDeck()
    edit(dir, 'slides.md', /<FactCheck id="[^"]+"/, '<FactCheck id="j11-typo"')
    const no = (await loadDeck(dir)).find(s => s.content.includes('<FactCheck id="j11-typo"'))!.no
    const { problems } = await checkDeck(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^slides\\.md: slide ${no}: <FactCheck id="j11-typo" />: unknown claim id "j11-typo" \\(known: [a-z0-9-]+(, [a-z0-9_-]+)+\\)$`))
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

describe('the door is wired: real commands on a broken copy', () => {
  const dir = copyDeck()
  const { id, startYear } = firstProject(dir)
  edit(dir, 'data/projects.ts', startYear, 'startYear: 1850')
  edit(dir, 'slides.md', /<FactCheck id="[^"]+"/, '<FactCheck id="j11-typo"')
  const yearLine = `data/projects.ts: record "${id}", field "startYear": year 1850 is out of range 1950–2030`
  const run = (script: string) => spawnSync('npm', ['run', '--silent', script], { cwd: dir, encoding: 'utf8', timeout: 120_000 })

  it('npm run build fails, naming record, field, slide and id, and writes no dist/', () => {
    const build = run('build')
    expect(build.status).not.toBe(0)
    expect(build.stderr + build.stdout).toContain(yearLine)
    expect(build.stderr + build.stdout).toMatch(/slides\.md: slide \d+: <FactCheck id="j11-typo" \/>: unknown claim id "j11-typo"/)
    expect(existsSync(join(dir, 'dist'))).toBe(false)
  })

  it('npm run export fails the same way, before a browser starts, and leaves the previous PDF alone', () => {
    mkdirSync(join(dir, 'exports'), { recursive: true })
    writeFileSync(join(dir, 'exports/slides.pdf'), 'the previous good PDF')
    const exported = run('export')
    expect(exported.status).not.toBe(0)
    expect(exported.stderr + exported.stdout).toContain(yearLine)
    expect(exported.stdout + exported.stderr).not.toMatch(/Try the new browser exporter|\n\s+at /)
    expect(readFileSync(join(dir, 'exports/slides.pdf'), 'utf8')).toBe('the previous good PDF')
  })
})

describe('belt and braces: an export refuses a slide that renders an error, whatever the cause', () => {
  it('npm run export names the slide, exits non-zero and leaves the previous PDF alone', async () => {
    const dir = copyDeck()
    // A component whose module throws when the slide loads it: it builds, and the check at the
    // door cannot see it; the built deck shows Slidev's slide-error text in its place.
    writeFileSync(join(dir, 'components/boom.ts'), 'throw new Error("boom")\nexport {}\n')
    writeFileSync(join(dir, 'components/Broken.vue'), '<script setup lang="ts">\nimport \'./boom\'\n</script>\n\n<template><p>never</p></template>\n')
    edit(dir, 'slides.md', /(<FactCheck id="[^"]+" \/>)/, '$1\n\n<Broken />')
    const no = (await loadDeck(dir)).find(s => s.content.includes('<Broken />'))!.no
    mkdirSync(join(dir, 'exports'), { recursive: true })
    writeFileSync(join(dir, 'exports/slides.pdf'), 'the previous good PDF')
    const exported = spawnSync('npm', ['run', '--silent', 'export'], { cwd: dir, encoding: 'utf8', timeout: 170_000 })
    expect(exported.status).not.toBe(0)
    expect(exported.stderr).toMatch(new RegExp(`Export failed: slide ${no}: shows an error instead of its content`))
    expect(exported.stdout + exported.stderr).not.toMatch(/\n\s+at /)
    expect(readFileSync(join(dir, 'exports/slides.pdf'), 'utf8')).toBe('the previous good PDF')
  })
})
