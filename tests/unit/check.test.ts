// The deck check, function by function: the data on copies of the real records with one thing
// broken, and slides.md one slide at a time.
import type { DeckData } from '../../check/data.ts'
import type { Known } from '../../check/slides.ts'
import type { DeckSlide } from '../../lib/deck.ts'
import { describe, expect, it } from 'vitest'
import { checkData, formatProblem } from '../../check/data.ts'
import { declaredProps } from '../../check/props.ts'
import { checkSlides } from '../../check/slides.ts'
import { records, sources } from '../../data/index.ts'

const deckData = { ...records, sources } as any

const essay = 'China developed it alone. Russia withdrew from the cooperation.'

/** The real data with `change` applied to a deep copy; the problems the check reports, as lines. */
function problemsWith(change: (d: any) => void, text = essay): string[] {
  const copy = structuredClone(deckData) as any
  copy.claims = copy.claims.map((c: any) => ({ ...c, essay: 'China developed it alone.' }))
  change(copy)
  const { sources, ...byId } = copy
  return checkData({ records: byId, sources } as DeckData, text).map(formatProblem)
}

describe('checkData', () => {
  it('accepts the real data (claims quoted from the given essay)', () => {
    expect(problemsWith(() => {})).toEqual([])
  })

  it('names file, record and field for a year out of range', () => {
    expect(problemsWith(d => d.projects[0].startYear = 1850))
      .toEqual(['data/projects.ts: record "cr929", field "startYear": year 1850 is out of range 1950–2030'])
  })

  it('names the field that is missing', () => {
    expect(problemsWith(d => delete d.europe[1].outcome))
      .toEqual([`data/europe.ts: record "${(deckData.europe[1] as { id: string }).id}", field "outcome": is missing (required field)`])
  })

  it('rejects evidence longer than 30 words, or from a page the record does not cite, naming it', () => {
    const id = deckData.deals[0].id
    expect(problemsWith(d => d.deals[0].evidence[0].quote = Array.from({ length: 31 }).fill('word').join(' ')))
      .toEqual([`data/deals.ts: record "${id}", field "evidence.0.quote": quote has 31 words (at most 30)`])
    const other = Object.keys(deckData.sources).find(k => !deckData.deals[0].sources.includes(k))!
    expect(problemsWith(d => d.deals[0].evidence[0].source = other))
      .toEqual([`data/deals.ts: record "${id}", field "evidence.0.source": "${other}" is not among the record's sources: add it to "sources"`])
  })

  it('asks a project still going on for the date its figures describe', () => {
    const id = deckData.projects.find((p: { endYear: number | null }) => p.endYear === null).id
    expect(problemsWith(d => delete d.projects.find((p: { id: string }) => p.id === id).asOf))
      .toEqual([`data/projects.ts: record "${id}", field "asOf": a project still going on (endYear: null) needs the date its figures describe (YYYY-MM)`])
  })

  it('refuses a check dated after the record date', () => {
    expect(problemsWith(d => d.reasons[0].checked = '2099-01-01')[0])
      .toMatch(/^data\/reasons\.ts: record "needs", field "checked": 2099-01-01 is in the future/)
  })

  it('rejects a source URL that is not http(s), naming the source record', () => {
    const key = Object.keys(deckData.sources)[0]!
    expect(problemsWith(d => d.sources[key].url = 'javascript:alert(1)'))
      .toEqual([`data/sources.ts: record "${key}", field "url": "javascript:alert(1)" is not an http(s) URL`])
  })

  it('names both records that share an id', () => {
    const second = deckData.reasons[1] as { id: string }
    expect(problemsWith(d => d.reasons[2].id = second.id))
      .toEqual([`data/reasons.ts: record "${second.id}", field "id": 2 records use this id (#2 and #3); ids must be unique`])
  })

  it('rejects an unknown field, an unknown source key and an unknown verdict', () => {
    expect(problemsWith((d) => {
      d.projects[0].statsu = 'x'
      d.claims[1].sources = ['no-such-source']
      d.claims[4].verdict = 'disputed'
    })).toEqual([
      'data/projects.ts: record "cr929", field "statsu": is not a known field',
      'data/claims.ts: record "z20-answer", field "verdict": unknown verdict "disputed" (expected one of: confirmed, partly, misleading, wrong, unverified)',
      'data/claims.ts: record "cr929-terminated", field "sources.0": unknown source "no-such-source" (not a key in data/sources.ts)',
      'data/claims.ts: record "cr929-terminated", field "evidence.0.source": "airdatanews-2023-cr929" is not among the record\'s sources: add it to "sources"',
    ])
  })

  it('rejects a checked date that is not a real day or lies ahead', () => {
    expect(problemsWith((d) => {
      d.exports[0].checked = '2026-02-30'
      d.exports[1].checked = '2999-01-01'
    })).toEqual([
      'data/exports.ts: record "2008-12", field "checked": "2026-02-30" is not a real date',
      'data/exports.ts: record "2010-14", field "checked": 2999-01-01 is in the future',
      'data/exports.ts: record "2010-14", field "checked": 2999-01-01 is after the record date 2026-12-02 (data/record.ts): move that forward too',
    ])
  })

  it('rejects a quote the essay does not contain, and a claim about an unknown project', () => {
    expect(problemsWith((d) => {
      d.claims[1].essay = 'China developed it together.'
      d.claims[1].project = 'cr-929'
    })[0]).toMatch(/^data\/claims.ts: record "cr929-terminated", field "project": unknown project id "cr-929" \(known: cr929, /)
    expect(problemsWith(d => d.claims[1].essay = 'China developed it together.'))
      .toEqual(['data/claims.ts: record "cr929-terminated", field "essay": not found verbatim in content/essay.txt: "China developed it together."'])
  })

  it('rejects a registry entry no record cites, and two keys for one URL', () => {
    const [firstKey, first] = Object.entries(deckData.sources)[0] as [string, { url: string }]
    expect(problemsWith(d => d.sources.extra = { publisher: 'P', title: 'T', url: `${first.url}/` })).toEqual([
      `data/sources.ts: record "extra", field "url": same URL as source "${firstKey}" (one key per URL)`,
      'data/sources.ts: record "extra": no record cites this source (remove it, or cite it)',
    ])
  })

  it('names a record without an id by its position', () => {
    expect(problemsWith(d => delete d.projects[4].id)).toEqual(['data/projects.ts: record #5, field "id": is missing (required field)'])
  })
})

describe('checkSlides', () => {
  const known: Known = {
    components: ['FactCheck', 'ModeBadge', 'SourceList', 'ProjectTable', 'ReasonCompare', 'Timeline', 'VClick', 'VClicks', 'Arrow'],
    layouts: ['default', 'cover', 'comparison', 'fact-check'],
    props: new Map([['FactCheck', ['ids', 'reveal']], ['ModeBadge', ['mode']], ['SourceList', ['subject']], ['ProjectTable', ['reveal', 'rows']], ['ReasonCompare', ['id']], ['Timeline', []]]),
    claims: deckData.claims.map((c: { id: string }) => c.id),
    reasons: deckData.reasons.map((r: { id: string }) => r.id),
    projects: 9,
    hasFile: path => ['public/map.png', 'images/chart.svg', 'public/50%.png'].includes(path),
  }
  const slide = (content: string, more: Partial<DeckSlide> = {}): DeckSlide => ({ no: 7, title: 'T', notes: '', content, raw: content, frontmatter: {}, line: 40, contentLine: 44, frontmatterErrors: [], ...more })
  const check = (content: string, more: Partial<DeckSlide> = {}) => checkSlides([slide(content, more)], known).map(formatProblem)

  it('accepts references to data that exists, and every known component in either spelling', () => {
    expect(check('<FactCheck ids="j11a" />\n<ModeBadge mode="direct-purchase" />\n<SourceList subject="claims" />\n<ProjectTable reveal />\n<v-clicks>\n\n- a\n\n</v-clicks>\n<Transition><p>x</p></Transition>')).toEqual([])
  })

  it('names the slide, the element and the unknown id, listing the known ones', () => {
    const [line] = check('<FactCheck ids="j11-typo" />')
    expect(line).toMatch(/^slides\.md: slide 7: <FactCheck ids="j11-typo" \/>: unknown claim id "j11-typo" \(known: tens-of-billions, .*j11a/)
  })

  it('refuses an unknown component, naming the closest known one', () => {
    expect(check('<ProjectTabel reveal />')).toEqual(['slides.md: slide 7: unknown component <ProjectTabel> (did you mean <ProjectTable>?)'])
    // A name an icon resolver would take for an icon ("fa" + "ct-chek") is refused all the same.
    expect(check('<FactChek id="j11a" />')).toEqual(['slides.md: slide 7: unknown component <FactChek> (did you mean <FactCheck>?)'])
    expect(check('<v-clickz>x</v-clickz>')).toEqual(['slides.md: slide 7: unknown component <v-clickz> (did you mean <VClick>?)'])
    expect(check('<Marquee />')).toEqual(['slides.md: slide 7: unknown component <Marquee>'])
  })

  it('refuses an attribute that is no prop of the deck\'s component, naming the closest prop, and accepts what any component takes', () => {
    expect(check('# T\n\n<ProjectTable revael />')).toEqual(['slides.md:46:15: slide 7: <ProjectTable revael />: <ProjectTable> has no prop "revael" (did you mean "reveal"?)'])
    expect(check('<ModeBadge mode="direct-purchase" clas="badge" />')).toEqual(['slides.md:44:35: slide 7: <ModeBadge mode="direct-purchase" clas="badge" />: <ModeBadge> has no prop "clas" (did you mean "class"?)'])
    expect(check('<Timeline :years="[1992, 2026]" />')).toEqual(['slides.md:44:11: slide 7: <Timeline :years="[1992, 2026]" />: <Timeline> has no prop "years" (it takes none: remove it)'])
    expect(check('<FactCheck v-click.hide ids="j11a" :reveal="true" class="x" style="y" data-cites="a" aria-label="b" @click="go" />\n<ProjectTable rows="1-9" />\n<VClick at="2">x</VClick>\n<div revael>x</div>')).toEqual([])
  })

  it('refuses a directive no one provides, naming the closest one', () => {
    expect(check('# T\n\n<div v-clikc>\n\nA point\n\n</div>')).toEqual(['slides.md:46:6: slide 7: <div v-clikc>: unknown directive v-clikc (did you mean v-click?)'])
    expect(check('<p v-after.hide v-click-hide v-show="x" v-drag="[0, 0, 10, 10]">x</p><p v-if="a">a</p><p v-else>b</p>')).toEqual([])
  })

  it('refuses an unknown layout, naming the closest known one', () => {
    expect(check('# T', { frontmatter: { layout: 'comparsion' } })).toEqual(['slides.md: slide 7: layout: unknown layout "comparsion" (did you mean "comparison"?)'])
  })

  it('names a frontmatter the YAML parser cannot read at its line and column, in the parser\'s words', () => {
    expect(check('# T', { frontmatterErrors: [{ line: 42, column: 9, message: 'Missing closing "quote' }] }))
      .toEqual(['slides.md:42:9: slide 7: frontmatter: Missing closing "quote'])
  })

  it('names markup Vue cannot compile at its line and column in slides.md, in Vue\'s words, and reads no code or link as markup', () => {
    expect(check('# T\n\n<div class="box">\n\n- a point')).toEqual(['slides.md:46:1: slide 7: <div class="box">: Element is missing end tag: close it with </div>, or remove it'])
    expect(check('# T\n\n<p>{{ total( }}</p>')).toEqual(['slides.md:46:7: slide 7: <p>{{ total( }}</p>: Error parsing JavaScript expression: Unexpected token, expected ","'])
    expect(check('# T\n\n```html\n<div class="box">\n{{ x( }}\n```\n\nWrite `<div>` for a box; see <https://sli.dev/guide>.\n\n<style>\n.x { color: red }\n</style>')).toEqual([])
    // Code on a slide is shown as written: nothing in it is a component, an image or a directive.
    expect(check('```md\n<ProjectTabel revael />\n![](https://example.com/a.png)\n<img src="/nowhere.png">\n<span v-mark>x</span>\n```\n\nWrite `<FactChek ids="x" />` or `![](/map.png)`.')).toEqual([])
  })

  it('names a title with an unquoted colon (a YAML mapping inside a mapping), saying to quote it', () => {
    expect(check('# T', { frontmatterErrors: [{ line: 42, column: 8, message: 'Nested mappings are not allowed in compact mappings at line 2, column 8:' }] }))
      .toEqual(['slides.md:42:8: slide 7: frontmatter: Nested mappings are not allowed in compact mappings: a value with ": " in it needs quotes, as in title: "The question: why"'])
  })

  it('checks every id of a list (<FactCheck ids>), naming each unknown one', () => {
    expect(check('<FactCheck ids="j11a su35sk" />')).toEqual([])
    expect(check('<FactCheck ids="j11a j11-typo su35" />').map(l => l.replace(/ \((known|did you).*$/, ''))).toEqual([
      'slides.md: slide 7: <FactCheck ids="j11a j11-typo su35" />: unknown claim id "j11-typo"',
      'slides.md: slide 7: <FactCheck ids="j11a j11-typo su35" />: unknown claim id "su35"',
    ])
    expect(check('<FactCheck ids=" " />').map(l => l.replace(/ \(known.*$/, ''))).toEqual(['slides.md: slide 7: <FactCheck ids=" " />: no claim id in ids=""'])
  })

  it('checks modes, subjects, reason ids, and a missing id', () => {
    expect(check('<ModeBadge mode="barter" /><SourceList subject="planes" /><ReasonCompare id="money" /><FactCheck />').map(l => l.replace(/ \((known|did you).*$/, ''))).toEqual([
      'slides.md: slide 7: <ModeBadge mode="barter" />: unknown mode "barter"',
      'slides.md: slide 7: <SourceList subject="planes" />: unknown subject "planes"',
      'slides.md: slide 7: <ReasonCompare id="money" />: unknown reason id "money"',
      'slides.md: slide 7: <FactCheck />: no ids="…" given',
    ])
  })

  it('names a directive the build leaves out (v-mark, v-motion), and not v-click or prose', () => {
    expect(check('<span v-mark.red="2">CR929</span>\n<div class="x" v-motion :initial="{ x: 0 }">x</div>')).toEqual([
      'slides.md: slide 7: v-mark: v-mark is left out of this deck\'s build (vite/first-load.ts): use v-click, or take it off that list',
      'slides.md: slide 7: v-motion: v-motion is left out of this deck\'s build (vite/first-load.ts): use v-click, or take it off that list',
    ])
    expect(check('<p v-click class="v-mark">Slidev\'s v-mark and v-motion are off.</p>')).toEqual([])
    expect(check('<span v-marked>x</span>')).toEqual(['slides.md:44:7: slide 7: <span v-marked>x</span>: unknown directive v-marked (did you mean v-mark?)'])
  })

  it('refuses a project table that would not fit its slide, saying how to split it', () => {
    const twelve = { ...known, projects: 12 }
    expect(checkSlides([slide('<ProjectTable reveal />')], twelve).map(formatProblem)).toEqual([
      'slides.md: slide 7: <ProjectTable reveal />: 12 projects, but a slide holds 9 rows of the table: the rest would be cut off. Split it: <ProjectTable rows="1-9" … />, then on a slide after it <ProjectTable rows="10-12" … />, with one [click] cue per row in each slide\'s notes',
    ])
    expect(checkSlides([slide('<ProjectTable rows="1-9" reveal />'), slide('<ProjectTable rows="10-12" reveal />', { no: 8 })], twelve)).toEqual([])
    expect(checkSlides([slide('<ProjectTable rows="1-9" reveal />')], twelve).map(formatProblem))
      .toEqual(['slides.md: the project table: projects 10, 11, 12 of data/projects.ts are in no <ProjectTable rows="…">: add a table for them on a slide after the others'])
    expect(check('<ProjectTable rows="9-1" />')[0]).toEqual('slides.md: slide 7: <ProjectTable rows="9-1" />: rows="9-1" is not a range of rows such as rows="1-9"')
  })

  it('accepts images and media in the deck: /name from public/ or the deck\'s folder, ./name from the deck\'s folder', () => {
    expect(check('![A map](/map.png)\n<img src="/images/chart.svg" alt="x">\n![x](./images/chart.svg "title")\n<img src="/50%.png" alt="">\n![inline](data:image/png;base64,AAAA)')).toEqual([])
    expect(check('# T', { frontmatter: { layout: 'cover', background: '#1e293b', image: '/map.png' } })).toEqual([])
  })

  it('refuses an image or video from the web, and a file the deck does not have, saying what to write', () => {
    expect(check('![A map](https://example.com/maps/region.png)\n<video src="//cdn.example.com/clip.mp4"></video>')).toEqual([
      'slides.md: slide 7: https://example.com/maps/region.png is loaded from the web, and the deck must work offline: save it in public/ and write /region.png',
      'slides.md: slide 7: //cdn.example.com/clip.mp4 is loaded from the web, and the deck must work offline: save it in public/ and write /clip.mp4',
    ])
    expect(check('<img src="/mpa.png" alt="x">', { frontmatter: { layout: 'cover', image: 'https://example.com/a.jpg' } })).toEqual([
      'slides.md: slide 7: /mpa.png: no such file in the deck (put it in public/ and write /name, or correct the name)',
      'slides.md: slide 7: https://example.com/a.jpg is loaded from the web, and the deck must work offline: save it in public/ and write /a.jpg',
    ])
  })

  it('asks for a text alternative on every image: alt="…" on <img>, words in the brackets of ![…](…)', () => {
    expect(check('# T\n\n<img src="/map.png">\n\n![](/map.png)')).toEqual([
      'slides.md:46:1: slide 7: <img src="/map.png">: <img> has no alt: describe the image in alt="…" (read out for who cannot see it, and kept in the PDF), or write alt="" for a decorative one',
      'slides.md: slide 7: ![](/map.png): the image has no text alternative: describe it in the brackets, ![A map of the region](…), or for a decorative one write <img src="…" alt="">',
    ])
    expect(check('<img src="/map.png" :alt="caption">')).toEqual([])
  })

  it('names a comment left open: past a --- it would take the slides after it as notes; at the end, Vue names it', () => {
    const raw = '---\nbudget: 30s\n---\n\n# T\n\n<!--\nThe notes.\n\n---\n\n# The next slide\n\n<!--\nIts notes.\n-->\n'
    expect(check('# T', { raw, line: 40 })).toEqual(['slides.md:46: slide 7: <!--: the comment opened here is still open at the --- on line 49, so the slides after it are read as this slide\'s notes: close it with --> before that line (for a rule within the notes, write *** instead of ---)'])
    expect(check('# T', { raw: '# T\n\n<!--\nThe notes.\n-->\n\n---\n' })).toEqual([])
    expect(check('# T\n\n<!--\nThe notes.')).toEqual(['slides.md:47:11: slide 7: The notes.: Unexpected EOF in comment: a <!-- above is not closed: close it with -->'])
  })

  it('refuses an empty slide (a stray ---) at its line, and accepts one whose layout shows an image', () => {
    expect(check('\n<!-- notes only -->\n')).toEqual(['slides.md:40: slide 7: the slide is empty, and would print as a blank page: remove the stray --- before it, or give it its content'])
    expect(check('', { frontmatter: { layout: 'cover', image: '/map.png' } })).toEqual([])
  })

  it('names a budget that is not a duration, with the slide and what to write', () => {
    expect(check('# T', { frontmatter: { budget: 45 } })).toEqual(['slides.md: slide 1 ("T"), field "budget": 45 has no unit; write it as 45s or 1m30s'])
  })
})

describe('declaredProps', () => {
  const sfc = (script: string) => `${script}\n<template><p>x</p></template>\n`
  it('reads the props a component declares, in every form Vue accepts, whatever else it names alike', () => {
    expect(declaredProps(sfc('<script setup lang="ts">\nconst props = defineProps<{ reveal?: boolean, rows?: string }>()\nconst rows = [props.rows]\n</script>'), 'A.vue')).toEqual(['reveal', 'rows'])
    expect(declaredProps(sfc('<script setup lang="ts">\ninterface Props { ids: string, \'as-of\'?: string }\nwithDefaults(defineProps<Props>(), { \'as-of\': \'2026\' })\n</script>'), 'B.vue')).toEqual(['ids', 'as-of'])
    expect(declaredProps(sfc('<script setup>\ndefineProps([\'mode\'])\n</script>'), 'C.vue')).toEqual(['mode'])
    expect(declaredProps(sfc('<script>\nexport default { props: { subject: String } }\n</script>'), 'D.vue')).toEqual(['subject'])
  })

  it('says none for a component without props or a script, and cannot tell for one that does not compile', () => {
    expect(declaredProps(sfc('<script setup lang="ts">\nconst x = 1\n</script>'), 'E.vue')).toEqual([])
    expect(declaredProps(sfc(''), 'F.vue')).toEqual([])
    expect(declaredProps(sfc('<script setup lang="ts">\nconst = 1\n</script>'), 'G.vue')).toBeUndefined()
  })
})
