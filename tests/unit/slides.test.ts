// The deck's shape: titled slides, a talk-sized count, condensed text (facts live in components),
// the headmatter the build and export rely on, and one key slide per section of the essay.
import { beforeAll, describe, expect, it } from 'vitest'
import { rowRange } from '../../components/table.ts'
import { claims } from '../../data/claims.ts'
import { projects } from '../../data/projects.ts'
import { reasons } from '../../data/reasons.ts'
import { SUBJECTS } from '../../data/vocabulary.ts'
import { loadDeck, loadSlidevData } from '../support/deck.ts'

type Loaded = Awaited<ReturnType<typeof loadSlidevData>>

const MAX_WORDS = 45

/** The words an audience reads on a slide: no notes, code, HTML tags or component tags. */
export function visibleWords(content: string): string[] {
  const text = content
    .replace(/^(`{3}|~{3})[^\n]*\n[\s\S]*?^\1/gm, ' ') // fenced code
    .replace(/<!--[\s\S]*?-->/g, ' ') // comments (the note is already removed by the parser)
    .replace(/<([A-Z][\w-]*)\b[^>]*\/>/g, ' ') // self-closing component tags: <ProjectTable reveal />
    .replace(/<([A-Z][\w-]*)\b[^>]*>[\s\S]*?<\/\1>/g, ' ') // components with slots
    .replace(/<\/?[a-z][\w-]*\b[^>]*>/g, ' ') // plain HTML tags; their text still counts
    .replace(/[#*_>`|[\]()~]/g, ' ') // markdown syntax
  return text.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w))
}

/**
 * The clicks a slide has: each `v-click`, each top-level item of a `<v-clicks>` list, and the
 * components that reveal one step per record (one row per project or check, one group per mode used).
 */
export function clicksOf(content: string): number {
  const vClick = (content.match(/<[a-zA-Z][^>]*\sv-click(?=[\s=>/])/g) ?? []).length
  const vClicks = [...content.matchAll(/<v-clicks\b[^>]*>([\s\S]*?)<\/v-clicks>/g)]
    .reduce((n, [, list]) => n + (list!.match(/^[-*] /gm) ?? []).length, 0)
  const table = [...content.matchAll(/<ProjectTable\s[^>]*\breveal\b[^>]*>/g)].reduce((n, [tag]) => {
    const [from, to] = rowRange(/rows="([^"]*)"/.exec(tag)?.[1], projects.length) ?? [0, 0]
    return n + to - from
  }, 0)
  const groups = /<ModeGroups\b/.test(content) ? new Set(projects.map(p => p.mode)).size : 0
  const checks = [...content.matchAll(/<FactCheck\s[^>]*\breveal\b[^>]*>/g)]
    .reduce((n, [tag]) => n + (/ids="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/).filter(Boolean).length ?? 0), 0)
  return vClick + vClicks + table + groups + checks
}

let data: Loaded
let slides: Awaited<ReturnType<typeof loadDeck>>

beforeAll(async () => {
  data = await loadSlidevData()
  slides = await loadDeck()
})

describe('visibleWords', () => {
  it('counts text, not tags or markdown', () => {
    const md = '# Title here\n\n<div class="grid">\n\n- **one** two\n\n</div>\n\n<FactCheck id="j11a" />\n<Foo a="b">slot words</Foo>'
    expect(visibleWords(md)).toEqual(['Title', 'here', 'one', 'two'])
  })
})

describe('deck shape', () => {
  it('gives every slide a non-empty title', () => {
    const untitled = slides.filter(s => !s.title.trim()).map(s => s.no)
    expect(untitled, `untitled slides: ${untitled.join(', ')}`).toEqual([])
  })

  it('shows each slide\'s title on the slide itself (the PDF outline and page checks need it)', () => {
    const squash = (t: string) => t.replace(/\s+/g, ' ').trim()
    const hidden = data.slides
      .filter(s => !s.frontmatter?.disabled && !s.frontmatter?.hide)
      .map((s, i) => ({ no: i + 1, title: squash(s.title ?? ''), shown: squash(visibleWords(s.content).join(' ')) }))
      .filter(s => !s.shown.includes(squash(visibleWords(s.title).join(' '))))
      .map(s => `slide ${s.no}: "${s.title}"`)
    expect(hidden).toEqual([])
  })

  it('never changes letter case with CSS (the PDF text would no longer contain the title)', () => {
    const cased = data.slides
      .map((s, i) => ({ no: i + 1, content: s.content }))
      .filter(s => /class="[^"]*\b(?:uppercase|lowercase|capitalize)\b/.test(s.content))
      .map(s => s.no)
    expect(cased).toEqual([])
  })

  it(`keeps every slide to ${MAX_WORDS} words outside components`, () => {
    const wordy = data.slides
      .filter(s => !s.frontmatter?.disabled && !s.frontmatter?.hide)
      .map((s, i) => ({ no: i + 1, title: s.title, words: visibleWords(s.content).length }))
      .filter(s => s.words > MAX_WORDS)
    expect(wordy).toEqual([])
  })

  it('ends each slide with a speaker note', () => {
    const silent = slides.filter(s => !s.notes.trim()).map(s => s.no)
    expect(silent).toEqual([])
  })

  it('has the headmatter the build and export need', () => {
    const h = data.headmatter
    for (const key of ['title', 'info', 'lang', 'exportFilename', 'duration'])
      expect(h[key], key).toBeTruthy()
    expect(h.lang).toBe('en')
    expect(h.exportFilename).toBe('slides')
    expect(String(h.duration)).toMatch(/^20\s*min/)
  })

  it('has a cover that says whose essay it is and the record\'s month, without a path', () => {
    const cover = data.slides[0]?.content ?? ''
    expect(cover).toMatch(/Based on an essay by an unnamed author/)
    expect(cover).toContain('<RecordMonth />')
    expect(cover).not.toMatch(/content\/|essay\.txt|data\//)
  })

  it('shows nothing remote and renders no raw HTML strings', () => {
    for (const s of data.slides) {
      expect(s.content).not.toMatch(/\b(?:src|href)\s*=\s*(?:["']\s*)?(?:https?:)?\/\//i)
      expect(s.content).not.toMatch(/!\[[^\]]*\]\(\s*(?:https?:)?\/\//i)
      expect(s.content).not.toMatch(/v-html/)
    }
  })
})

describe('the essay, section by section', () => {
  const sections: [string, RegExp][] = [
    ['the question', /question/i],
    ['CR929', /CR929/],
    ['AHL', /AHL/],
    ['the 30-year record', /record/i],
    ['Europe', /Europe/],
    ['reason 1', /Reason 1/],
    ['reason 2', /Reason 2/],
    ['reason 3', /Reason 3/],
    ['arms exports', /export/i],
    ['the conclusion', /would take/i],
    ['sources', /^Sources/],
  ]

  it.each(sections)('has a key slide for %s', (_, pattern) => {
    expect(slides.some(s => pattern.test(s.title))).toBe(true)
  })

  it('keeps the sections in the essay\'s order', () => {
    const firsts = sections.map(([, p]) => slides.findIndex(s => p.test(s.title)))
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b))
  })

  const uses: [string, RegExp][] = [
    ['the project table, revealed row by row', /<ProjectTable\s[^>]*\breveal\b/],
    ['the European table', /<EuropeTable\b/],
    ['the timeline', /<Timeline\b/],
    ['the export chart', /<BarChart\b/],
  ]
  it.each(uses)('shows %s', (_, tag) => {
    expect(data.slides.some(s => tag.test(s.content))).toBe(true)
  })

  it('puts the question on a big-number slide', () => {
    expect(slides.some(s => s.frontmatter.layout === 'fact' && /question/i.test(s.title))).toBe(true)
  })

  it.each(claims.map(c => c.id))('answers %s on a slide, once', (id) => {
    const shown = data.slides.flatMap(s => [...s.content.matchAll(/<FactCheck\s[^>]*\bids="([^"]+)"/g)].flatMap(m => m[1]!.split(/\s+/)))
    expect(shown.filter(x => x === id)).toHaveLength(1)
  })

  it('answers each claim on the slide that makes it, or the one after: the essay leads, the record follows', () => {
    // The claim's first words are in the notes of the slide that shows its check, or the slide before.
    const late = claims.filter((c) => {
      const at = slides.findIndex(s => new RegExp(`<FactCheck\\b[^>]*\\bids="[^"]*\\b${c.id}\\b`).test(s.content))
      const part = c.essay.split(' … ')[0]!
      return !slides.slice(Math.max(0, at - 2), at + 1).some(s => s.notes.includes(part))
    }).map(c => c.id)
    expect(late).toEqual([])
  })

  it('has no slide that only checks: each check answers the essay on its own slide or the one after it', () => {
    expect(slides.filter(s => /^Fact check/i.test(s.title)).map(s => s.no)).toEqual([])
  })

  it.each(reasons.map(r => r.id))('compares China and Russia on %s', (id) => {
    expect(data.slides.some(s => s.content.includes(`<ReasonCompare id="${id}"`))).toBe(true)
  })

  it.each(SUBJECTS)('lists the sources for %s', (subject) => {
    expect(data.slides.some(s => s.content.includes(`<SourceList subject="${subject}"`))).toBe(true)
  })

  it('gives each slide one [click] cue in its notes per click', () => {
    const mismatched = slides
      .map(s => ({ no: s.no, title: s.title, clicks: clicksOf(s.content), cues: (s.notes.match(/\[click\]/g) ?? []).length }))
      .filter(s => s.clicks !== s.cues)
    expect(mismatched).toEqual([])
  })

  it('counts clicks the way the deck makes them', () => {
    expect(clicksOf('<div v-click>a</div>\n<div v-click="2">b</div>')).toBe(2)
    expect(clicksOf('<v-clicks>\n\n- one\n- two\n  - nested\n- three\n\n</v-clicks>')).toBe(3)
    expect(clicksOf('<ProjectTable reveal />')).toBe(projects.length)
    expect(clicksOf('<ProjectTable />')).toBe(0)
    expect(clicksOf('<ModeGroups />')).toBe(new Set(projects.map(p => p.mode)).size)
  })
})
