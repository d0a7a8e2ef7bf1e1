// The mistakes a maintainer makes in data/ and slides.md, each tried on a temporary copy of the
// deck: break one thing as a maintainer would, then run the check that the build, the dev server
// and the exports run (check/index.ts). The commands themselves on broken copies:
// commands.test.ts and export.test.ts.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDeck } from '../../check/index.ts'
import { loadDeck } from '../../lib/deck.ts'
import { copyToBreak, edit, firstProject, missingComma, removeCopies, twelveProjects } from '../support/mistakes.ts'

afterAll(removeCopies)

describe('the five tries, through the check the plugin runs', () => {
  it('1. a year out of range in a project: names the record and the field', async () => {
    const dir = copyToBreak()
    const { id, startYear } = firstProject(dir)
    edit(dir, 'data/projects.ts', startYear, 'startYear: 1850')
    expect((await checkDeck(dir)).problems).toEqual([`data/projects.ts: record "${id}", field "startYear": year 1850 is out of range 1950–2030`])
  })

  it('2. a source URL javascript:alert(1): rejected, naming the source record', async () => {
    const dir = copyToBreak()
    const key = readFileSync(join(dir, 'data/sources.ts'), 'utf8').match(/^ {2}'?([\w-]+)'?: \{ publisher/m)![1]!
    edit(dir, 'data/sources.ts', /url: '[^']+'/, 'url: \'javascript:alert(1)\'')
    expect((await checkDeck(dir)).problems).toEqual([`data/sources.ts: record "${key}", field "url": "javascript:alert(1)" is not an http(s) URL`])
  })

  it('without site: in the headmatter, one note says the closing slide has no QR code; a site: that is no address is refused', async () => {
    const dir = copyToBreak()
    const before = await checkDeck(dir)
    expect(before.problems).toEqual([])
    expect(before.notes.filter(n => n.includes('site:'))).toEqual(['slides.md: no site: in the headmatter, so no QR code on the closing slide (add the hosted folder\'s address when it has one)'])
    edit(dir, 'slides.md', /^lang: .*$/m, '$&\nsite: talks.example.org/x')
    expect((await checkDeck(dir)).problems).toEqual(['slides.md: headmatter, field "site": "talks.example.org/x" is not an http(s) address (write the folder\'s public address, e.g. site: https://example.org/talks/thirty-years/)'])
  })

  it('3. an unknown claim id in slides.md: names the slide and the id', async () => {
    const dir = copyToBreak()
    edit(dir, 'slides.md', /<FactCheck v-click ids="[^"]+"/, '<FactCheck v-click ids="j11-typo"')
    const no = (await loadDeck(dir)).find(s => s.content.includes('ids="j11-typo"'))!.no
    const { problems } = await checkDeck(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^slides\\.md: slide ${no}: <FactCheck v-click ids="j11-typo" />: unknown claim id "j11-typo" \\(known: [a-z0-9-]+(, [a-z0-9_-]+)+\\)$`))
  })

  it('4. two records with the same id: rejected, both named', async () => {
    const dir = copyToBreak()
    const text = readFileSync(join(dir, 'data/europe.ts'), 'utf8')
    const [first, second] = [...text.matchAll(/id: '([^']+)'/g)].map(m => m[1]!)
    edit(dir, 'data/europe.ts', `id: '${second}'`, `id: '${first}'`)
    expect((await checkDeck(dir)).problems).toEqual([`data/europe.ts: record "${first}", field "id": 2 records use this id (#1 and #2); ids must be unique`])
  })

  it('5. a required field deleted: rejected, the field named', async () => {
    const dir = copyToBreak()
    const id = readFileSync(join(dir, 'data/claims.ts'), 'utf8').match(/id: '([^']+)'/)![1]!
    edit(dir, 'data/claims.ts', /\n {4}record: '(?:[^'\\]|\\.)*',/, '')
    expect((await checkDeck(dir)).problems).toEqual([`data/claims.ts: record "${id}", field "record": is missing (required field)`])
  })

  it('a data file that does not even parse: named, with its line', async () => {
    const dir = copyToBreak()
    edit(dir, 'data/reasons.ts', /title: '/, 'title: \'\'\'')
    const { problems } = await checkDeck(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^data\/reasons\.ts(:\d+:\d+)?: cannot be loaded: /)
  })
})

describe('more mistakes, through the check', () => {
  it('a misspelled component: named with the slide and the closest known name', async () => {
    const dir = copyToBreak()
    edit(dir, 'slides.md', '<ProjectTable reveal />', '<ProjectTabel reveal />')
    const no = (await loadDeck(dir)).find(s => s.content.includes('<ProjectTabel'))!.no
    expect((await checkDeck(dir)).problems).toEqual([`slides.md: slide ${no}: unknown component <ProjectTabel> (did you mean <ProjectTable>?)`])
  })

  it('a misspelled prop and a misspelled directive: each at its line, with the closest name', async () => {
    const dir = copyToBreak()
    edit(dir, 'slides.md', '<ProjectTable reveal />', '<ProjectTable revael />')
    edit(dir, 'slides.md', /<div v-click>/, '<div v-clikc>')
    const lines = readFileSync(join(dir, 'slides.md'), 'utf8').split('\n')
    const line = (text: string) => lines.findIndex(l => l.startsWith(text)) + 1
    const slides = await loadDeck(dir)
    const on = (text: string) => slides.find(s => s.content.includes(text))!.no
    expect((await checkDeck(dir)).problems).toEqual([
      `slides.md:${line('<ProjectTable revael')}:15: slide ${on('<ProjectTable revael')}: <ProjectTable revael />: <ProjectTable> has no prop "revael" (did you mean "reveal"?)`,
      `slides.md:${line('<div v-clikc>')}:6: slide ${on('<div v-clikc>')}: <div v-clikc>: unknown directive v-clikc (did you mean v-click?)`,
    ])
  })

  it('a notes comment left open, which takes the next slide into the notes: named at its line, saying where to close it', async () => {
    const dir = copyToBreak()
    const before = await loadDeck(dir)
    edit(dir, 'slides.md', /\n-->\n/, '\n\n')
    const lines = readFileSync(join(dir, 'slides.md'), 'utf8').split('\n')
    const opened = lines.indexOf('<!--') + 1
    const separator = lines.indexOf('---', opened) + 1
    // What Slidev makes of it: the second slide is gone, its text in the first one's notes.
    expect((await loadDeck(dir)).length).toBe(before.length - 1)
    expect((await checkDeck(dir)).problems).toEqual([
      `slides.md:${opened}: slide 1: <!--: the comment opened here is still open at the --- on line ${separator}, so the slides after it are read as this slide's notes: close it with --> before that line (for a rule within the notes, write *** instead of ---)`,
    ])
  })

  it('a --- deleted between two slides: the first one\'s notes, no longer notes, named at their line', async () => {
    const dir = copyToBreak()
    const text = readFileSync(join(dir, 'slides.md'), 'utf8')
    const notes = text.indexOf('<!--', text.indexOf('# Three reasons'))
    const separator = text.indexOf('\n---\n', notes)
    writeFileSync(join(dir, 'slides.md'), text.slice(0, separator) + text.slice(separator + '\n---'.length))
    const slides = await loadDeck(dir)
    const [problem, ...more] = (await checkDeck(dir)).problems
    expect(more).toEqual([])
    expect(problem).toMatch(new RegExp(`^slides\\.md:${text.slice(0, notes).split('\n').length}: slide ${slides.find(s => s.content.includes('# Three reasons'))!.no}: the essay's sentences? [\\d, ]+ (is|are) in a comment that is not the slide's last, and Slidev shows only the last as notes: if a --- was deleted after that comment, put it back`))
  })

  // After the tries above, in the same process: each deck's components are its own.
  it('a component file renamed: the slide that uses the old name, named with the new one', async () => {
    const dir = copyToBreak()
    renameSync(join(dir, 'components/EuropeTable.vue'), join(dir, 'components/EuropeTables.vue'))
    const no = (await loadDeck(dir)).find(s => s.content.includes('<EuropeTable'))!.no
    expect((await checkDeck(dir)).problems).toEqual([`slides.md: slide ${no}: unknown component <EuropeTable> (did you mean <EuropeTables>?)`])
  })

  it('an image from the web and one the deck does not have: each named with its slide and what to write', async () => {
    const dir = copyToBreak()
    edit(dir, 'slides.md', /(# What it would take\n)/, '$1\n![A map](https://example.com/maps/region.png)\n\n<img src="/favicon.svg" alt=""> <img src="/favicon.png" alt="">\n')
    const no = (await loadDeck(dir)).find(s => s.title === 'What it would take')!.no
    expect((await checkDeck(dir)).problems).toEqual([
      `slides.md: slide ${no}: https://example.com/maps/region.png is loaded from the web, and the deck must work offline: save it in public/ and write /region.png`,
      `slides.md: slide ${no}: /favicon.png: no such file in the deck (put it in public/ and write /name, or correct the name)`,
    ])
  })

  it('a stray --- that makes an empty slide: named at its line', async () => {
    const dir = copyToBreak()
    edit(dir, 'slides.md', /\n---\n(?=layout: fact-check\nbudget: \w+\n---\n\n# The record's answer)/, '\n---\n\n---\n')
    const empty = (await loadDeck(dir)).find(s => s.title === 'The record\'s answer')!.no - 1
    const { problems } = await checkDeck(dir)
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^slides\\.md:\\d+: slide ${empty}: the slide is empty, and would print as a blank page: remove the stray --- before it`))])
  })

  it('a misspelled theme and a duration without a unit Slidev knows: each named, with what to write', async () => {
    const theme = copyToBreak()
    edit(theme, 'slides.md', /^theme: default$/m, 'theme: defualt')
    expect((await checkDeck(theme)).problems).toEqual(['slides.md: headmatter, field "theme": theme "defualt" is not installed (installed: default): correct the name, or npm install @slidev/theme-defualt'])
    const duration = copyToBreak()
    edit(duration, 'slides.md', /^duration: .*$/m, 'duration: 20mn')
    expect((await checkDeck(duration)).problems).toEqual(['slides.md: headmatter, field "duration": "20mn" is not a duration; write it as 20min or 1h10m'])
  })

  it('twelve projects for a table that holds nine: refused, saying how to split it', async () => {
    const dir = copyToBreak()
    twelveProjects(dir)
    const { problems } = await checkDeck(dir)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^slides\.md: slide \d+: <ProjectTable reveal \/>: 12 projects, but a slide holds 9 rows of the table: the rest would be cut off\. Split it: <ProjectTable rows="1-9" … \/>, then on a slide after it <ProjectTable rows="10-12" … \/>/)
  })

  it('an unclosed tag, a broken {{ }} and a title with an unquoted colon in slides.md: each at its line, in the parser\'s words, with what to write', async () => {
    const dir = copyToBreak()
    edit(dir, 'slides.md', /\ntitle: The question\n/, '\ntitle: The question: why\n')
    edit(dir, 'slides.md', /(# What it would take\n)/, '$1\n<div class="callout">\n\nA point the speaker added the night before.\n')
    edit(dir, 'slides.md', /(# Three reasons\n)/, '$1\n<p>{{ reasons.length( }}</p>\n')
    const lines = readFileSync(join(dir, 'slides.md'), 'utf8').split('\n')
    const line = (text: string) => lines.findIndex(l => l.startsWith(text)) + 1
    const slides = await loadDeck(dir)
    const on = (text: string) => slides.find(s => s.content.includes(text))!.no
    expect((await checkDeck(dir)).problems).toEqual([
      `slides.md:${line('title: The question: why')}:8: slide 2: frontmatter: Nested mappings are not allowed in compact mappings: a value with ": " in it needs quotes, as in title: "The question: why"`,
      `slides.md:${line('<p>{{ reasons')}:7: slide ${on('<p>{{ reasons')}: <p>{{ reasons.length( }}</p>: Error parsing JavaScript expression: Unexpected token, expected ","`,
      `slides.md:${line('<div class="callout">')}:1: slide ${on('<div class="callout">')}: <div class="callout">: Element is missing end tag: close it with </div>, or remove it`,
    ])
  })

  it('a slides.md saved with a byte-order mark: refused at line 1, saying how to save it', async () => {
    const dir = copyToBreak()
    edit(dir, 'slides.md', /^---\n/, '\uFEFF---\n')
    expect((await checkDeck(dir)).problems).toEqual(['slides.md:1:1: the file starts with a byte-order mark (an editor\'s "UTF-8 with BOM"), which hides the headmatter from Slidev: save it as UTF-8 without BOM'])
  })

  it('a missing comma in a data file: file, line and column, in the parser\'s words', async () => {
    const dir = copyToBreak()
    const at = missingComma(dir)
    expect((await checkDeck(dir)).problems).toEqual([`data/projects.ts:${at}: cannot be loaded: Expected \`,\` or \`]\` but found \`{\``])
  })
})
