// slides.md, checked against what the deck has: every component and layout a slide names exists
// (an unknown one would render nothing, or be taken for an icon), every directive exists and every
// attribute of one of the deck's components is one of its props, every data reference names a
// record that exists, every image or other file a slide loads is in the deck (not on the web), no
// slide is empty, no slide uses a directive the build leaves out, every budget is a duration,
// every frontmatter block parses, and Vue's template compiler accepts every slide's markup (an
// unclosed tag or a broken {{ }} would otherwise stop the build at a line of Slidev's generated
// module). Pure: the caller gives the slides and what exists.
import type { ElementNode, ParentNode, Position, TemplateChildNode } from '@vue/compiler-core'
import type { DeckSlide } from '../lib/deck.ts'
import type { Problem } from './data.ts'
import { NodeTypes } from '@vue/compiler-core'
import { closest, distance } from 'fastest-levenshtein'
import { compileTemplate } from 'vue/compiler-sfc'
import { rowRange, ROWS_PER_SLIDE } from '../components/table.ts'
import { MODES, SUBJECTS } from '../data/vocabulary.ts'
import { componentTags } from '../lib/deck.ts'
import { BudgetError, slideTimings } from '../lib/pace.ts'
import { LEFT_OUT_DIRECTIVES } from '../vite/first-load.ts'

/** What a slide may name: components and layouts by name, and the ids of the records it may reference. */
export interface Known {
  components: readonly string[]
  layouts: readonly string[]
  claims: readonly string[]
  reasons: readonly string[]
  /** The props each of the deck's own components takes (check/props.ts); a component not here is not checked for them. */
  props: ReadonlyMap<string, readonly string[]>
  /** How many projects data/projects.ts has: the rows <ProjectTable> shows. */
  projects: number
  /** Whether the deck has a file at this path, relative to its folder (`public/map.png`). */
  hasFile: (path: string) => boolean
}

/**
 * Directives a slide may use: Vue's (https://vuejs.org/api/built-in-directives.html) and Slidev's
 * (https://sli.dev/guide/animations, https://sli.dev/features/draggable, https://sli.dev/features/rough-marker).
 * Vue renders an element with an unknown one as if it were not there: a misspelled v-click shows
 * its point before the click.
 */
const DIRECTIVES = ['bind', 'on', 'if', 'else', 'else-if', 'for', 'show', 'model', 'slot', 'html', 'text', 'once', 'memo', 'pre', 'cloak', 'click', 'after', 'click-hide', 'drag', 'mark', 'motion']

/** Attributes any component takes, whatever its props: Vue's own, and HTML's global ones it passes to the element it renders. */
const ANY_COMPONENT = ['class', 'style', 'id', 'title', 'lang', 'dir', 'role', 'tabindex', 'hidden', 'key', 'ref', 'is']
const takesAny = (attr: string) => ANY_COMPONENT.includes(attr) || /^(?:aria|data)-/.test(attr)

/** Components Vue itself provides, written as tags in a template. */
const VUE_BUILT_INS = ['Transition', 'TransitionGroup', 'KeepAlive', 'Teleport', 'Suspense', 'Component', 'Slot', 'Template', 'RouterLink', 'RouterView']

/** "v-clicks" → "VClicks": how a kebab-case tag names a component. */
const pascal = (tag: string) => tag.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())
/** "as-of" → "asOf": how a kebab-case attribute names a prop. */
const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())

/** " (did you mean <ProjectTable>?)" when a known name is close enough to be the one meant. */
function didYouMean(name: string, known: readonly string[], wrap: (s: string) => string): string {
  if (!known.length)
    return ''
  const best = closest(name, [...known])
  return distance(name.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean ${wrap(best)}?)` : ''
}

/** The data references a slide may make: component → the attribute that names data, and the values that exist. */
function referenceTable(known: Known): Record<string, { attr: string, what: string, values: readonly string[], list?: boolean }> {
  return {
    FactCheck: { attr: 'ids', what: 'claim id', values: known.claims, list: true },
    ReasonCompare: { attr: 'id', what: 'reason id', values: known.reasons },
    ModeBadge: { attr: 'mode', what: 'mode', values: MODES },
    SourceList: { attr: 'subject', what: 'subject', values: SUBJECTS },
  }
}

/**
 * What the check must not read as markup, blanked to spaces so that positions hold: code, which
 * Slidev shows as written; autolinks (<https://…>); <script> and <style> blocks, which Slidev lifts
 * out of the slide.
 */
const NOT_MARKUP = /^(`{3,}|~{3,})[^\n`~]*\n[\s\S]*?^\1[^\n]*$|`[^`\n]+`|<(?:https?|mailto):[^>\s]*>|<(script|style)\b[\s\S]*?<\/\2>/gm

/** The slide's markup: its content with what is not markup blanked to spaces, so that positions hold. */
const markupOf = (slide: DeckSlide) => slide.content.replace(NOT_MARKUP, m => m.replace(/[^\n]/g, ' '))

/**
 * The files a slide loads by address: markdown images, `src="…"` on img, video, audio, source and
 * iframe, and a layout's `image:` or `background:` when it is a file rather than a colour.
 */
function loadedFiles(slide: DeckSlide, markup: string): string[] {
  const frontmatter = ['image', 'background'].map(k => slide.frontmatter[k]).filter((v): v is string => typeof v === 'string' && /^(?:https?:|\/|\.\.?\/)|\.(?:png|jpe?g|gif|svg|webp|avif)$/i.test(v))
  return [
    ...[...markup.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)].map(m => m[1]!),
    ...[...markup.matchAll(/<(?:img|video|audio|source|iframe)\b[^>]*?\ssrc="([^"]+)"/gi)].map(m => m[1]!),
    ...frontmatter,
  ]
}

/** Where a file a slide loads is wrong: from the web (the deck must work offline), or not in the deck. */
function fileProblem(src: string, known: Known): string | undefined {
  if (/^(?:https?:)?\/\//i.test(src)) {
    const name = new URL(src, 'https://x/').pathname.split('/').pop() || 'file'
    return `${src} is loaded from the web, and the deck must work offline: save it in public/ and write /${name}`
  }
  if (/^(?:data|blob):/i.test(src))
    return undefined
  let path = src.replace(/[?#].*$/, '')
  try {
    path = decodeURI(path)
  }
  catch {} // a lone % is part of the name
  // Vite serves /name from public/ first, then from the deck's folder; ./name from the deck's folder.
  const found = path.startsWith('/') ? known.hasFile(`public${path}`) || known.hasFile(path.slice(1)) : known.hasFile(path.replace(/^\.\//, ''))
  return found ? undefined : `${src}: no such file in the deck (put it in public/ and write /name, or correct the name)`
}

/**
 * Vue's template compiler on the slide's markup: each error at its line and column in slides.md, in
 * Vue's words; then, in the elements it read, each directive no one provides and each attribute
 * that is not a prop of the deck's component it is on.
 */
function markupProblems(slide: DeckSlide, source: string, known: Known): Problem[] {
  const { errors, ast } = compileTemplate({ source, filename: 'slides.md', id: `slide-${slide.no}` })
  const at = (start: Position, problem: string): Problem => {
    const line = slide.content.split('\n')[start.line - 1]!.trim()
    return {
      file: `slides.md:${slide.contentLine + start.line - 1}:${start.column}`,
      where: `slide ${slide.no}: ${line.length > 60 ? `${line.slice(0, 59)}…` : line}`,
      problem,
    }
  }
  const problems = errors.map((e) => {
    const words = typeof e === 'string' ? e : e.message.replace(/ \(\d+:\d+\)$/, '')
    const start = typeof e === 'string' ? undefined : e.loc?.start
    if (!start)
      return { file: 'slides.md', where: `slide ${slide.no}`, problem: words }
    const unclosed = /missing end tag/i.test(words) && source.slice(start.offset).match(/^<([\w-]+)/)?.[1]
    if (unclosed)
      return at(start, `${words.replace(/\.$/, '')}: close it with </${unclosed}>, or remove it`)
    return at(start, /EOF in comment/i.test(words) ? `${words.replace(/\.$/, '')}: a <!-- above is not closed: close it with -->` : words)
  })
  if (errors.length)
    return problems

  const checkElement = (node: ElementNode) => {
    const named = (p: ElementNode['props'][number]) => p.type === NodeTypes.ATTRIBUTE ? p.name : p.arg?.type === NodeTypes.SIMPLE_EXPRESSION && p.arg.isStatic ? p.arg.content : undefined
    if (node.tag === 'img' && !node.props.some(p => named(p) === 'alt'))
      problems.push(at(node.loc.start, '<img> has no alt: describe the image in alt="…" (read out for who cannot see it, and kept in the PDF), or write alt="" for a decorative one'))
    const props = known.props.get(pascal(node.tag))
    for (const p of node.props) {
      if (p.type === NodeTypes.DIRECTIVE && !DIRECTIVES.includes(p.name)) {
        const name = p.rawName!.replace(/[.:[].*$/, '')
        problems.push(at(p.loc.start, `unknown directive ${name}${didYouMean(p.name, DIRECTIVES, s => `v-${s}`)}`))
      }
      // <X revael />, and <X :revael="…">
      const attr = p.type === NodeTypes.ATTRIBUTE || p.name === 'bind' ? named(p) : undefined
      if (props && attr !== undefined && !props.includes(camel(attr)) && !takesAny(attr)) {
        const takes = props.length ? `it takes ${props.join(', ')}` : 'it takes none: remove it'
        problems.push(at(p.loc.start, `<${node.tag}> has no prop "${attr}"${didYouMean(camel(attr), [...props, ...ANY_COMPONENT], s => `"${s}"`) || ` (${takes})`}`))
      }
    }
  }
  const visit = (node: ParentNode | TemplateChildNode) => {
    if (node.type === NodeTypes.ELEMENT)
      checkElement(node)
    if (node.type === NodeTypes.IF)
      node.branches.forEach(visit)
    else if (node.type === NodeTypes.ROOT || node.type === NodeTypes.ELEMENT || node.type === NodeTypes.FOR || node.type === NodeTypes.IF_BRANCH)
      node.children.forEach(visit)
  }
  if (ast)
    visit(ast)
  return problems
}

/** "…, column 8:" ends the YAML parser's words with a place in the frontmatter alone; the problem gives it in slides.md. */
function frontmatterProblem(message: string): string {
  const words = message.replace(/ at line \d+, column \d+:?$/, '')
  // `title: The question: why` reads as a mapping inside a mapping.
  return /nested mappings/i.test(words) ? `${words}: a value with ": " in it needs quotes, as in title: "The question: why"` : words
}

/**
 * A comment left open past a `---`: Slidev starts no slide inside a comment, so the slides up to
 * the next `-->` become this one's notes, and the check of the notes cannot tell.
 */
function openComment(slide: DeckSlide): Problem | undefined {
  const open = slide.raw.match(/<!--(?:(?!-->)[\s\S])*?\n---/)
  if (!open)
    return undefined
  const lineAt = (index: number) => slide.line + slide.raw.slice(0, index).split('\n').length - 1
  const separator = lineAt(open.index! + open[0].length - 3)
  return {
    file: `slides.md:${lineAt(open.index!)}`,
    where: `slide ${slide.no}: <!--`,
    problem: `the comment opened here is still open at the --- on line ${separator}, so the slides after it are read as this slide's notes: close it with --> before that line (for a rule within the notes, write *** instead of ---)`,
  }
}

/** An element's attribute naming a directive the build leaves out: <span v-mark.red="2">. */
const LEFT_OUT = new RegExp(`<[a-z][^>]*?\\s(${LEFT_OUT_DIRECTIVES.join('|')})(?=[\\s.:=/>])`, 'gi')
function checkSlide(slide: DeckSlide, markup: string, known: Known): Problem[] {
  const problems: Problem[] = []
  const at = (what: string) => `slide ${slide.no}${what ? `: ${what}` : ''}`
  const report = (where: string, problem: string) => problems.push({ file: 'slides.md', where: at(where), problem })

  for (const e of slide.frontmatterErrors)
    problems.push({ file: `slides.md:${e.line}:${e.column}`, where: at('frontmatter'), problem: frontmatterProblem(e.message) })
  problems.push(...markupProblems(slide, markup, known))
  const comment = openComment(slide)
  if (comment)
    problems.push(comment)

  // A slide whose layout shows a file (image:, background:, url:) may have no text of its own.
  if (!slide.content.replace(/<!--[\s\S]*?-->/g, '').trim() && !['image', 'background', 'url'].some(k => slide.frontmatter[k]))
    problems.push({ file: `slides.md:${slide.line}`, where: at(''), problem: 'the slide is empty, and would print as a blank page: remove the stray --- before it, or give it its content' })

  const layout = slide.frontmatter.layout
  if (layout !== undefined && (typeof layout !== 'string' || !known.layouts.includes(layout)))
    report('layout', `unknown layout "${String(layout)}"${didYouMean(String(layout), known.layouts, s => `"${s}"`)}`)

  const references = referenceTable(known)
  const components = [...VUE_BUILT_INS, ...known.components]
  for (const { tag: where, name, attrs } of componentTags(markup)) {
    const component = name.includes('-') ? pascal(name) : name
    if (!components.includes(component)) {
      report('', `unknown component <${name}>${didYouMean(component, known.components, s => `<${s}>`)}`)
      continue
    }
    const ref = references[component]
    if (!ref || attrs.has(`:${ref.attr}`))
      continue // no data reference, or a bound expression: not data the check can read
    const value = attrs.get(ref.attr)
    if (value === undefined) {
      report(where, `no ${ref.attr}="…" given (known ${ref.what}s: ${ref.values.join(', ')})`)
      continue
    }
    // A list attribute (ids="a b c") names several, each checked.
    const values = ref.list ? value.split(/\s+/).filter(Boolean) : [value]
    for (const one of values.filter(one => !ref.values.includes(one)))
      report(where, `unknown ${ref.what} "${one}"${didYouMean(one, ref.values, s => `"${s}"`) || ` (known: ${ref.values.join(', ')})`}`)
    if (!values.length)
      report(where, `no ${ref.what} in ${ref.attr}="" (known ${ref.what}s: ${ref.values.join(', ')})`)
  }

  for (const [image] of markup.matchAll(/!\[\s*\]\([^)]*\)/g))
    report(image, `the image has no text alternative: describe it in the brackets, ![A map of the region](…), or for a decorative one write <img src="…" alt="">`)

  for (const src of loadedFiles(slide, markup)) {
    const problem = fileProblem(src, known)
    if (problem)
      report('', problem)
  }

  for (const [, directive] of markup.matchAll(LEFT_OUT))
    report(directive!, `${directive} is left out of this deck's build (vite/first-load.ts): use v-click, or take it off that list`)
  return problems
}

/** A slide's `budget:` that is not a duration (lib/pace.ts reads budgets; its error names the slide and field). */
function budgetProblems(slides: readonly DeckSlide[]): Problem[] {
  try {
    slideTimings(slides)
    return []
  }
  catch (e) {
    if (!(e instanceof BudgetError))
      throw e
    return [{ file: 'slides.md', where: e.where, problem: e.problem }]
  }
}

/**
 * The project table holds ROWS_PER_SLIDE rows: more would be cut off at the slide's bottom edge.
 * Every project must be on some slide, in a table that fits, or the check says how to split it.
 */
function tableProblems(slides: readonly DeckSlide[], markups: readonly string[], total: number): Problem[] {
  const problems: Problem[] = []
  const shown = Array.from({ length: total }).fill(false)
  const tables = slides.flatMap((s, i) => componentTags(markups[i]!).filter(t => t.name === 'ProjectTable').map(t => ({ no: s.no, tag: t.tag, rows: t.attrs.get('rows') })))
  for (const { no, tag, rows } of tables) {
    const range = rowRange(rows, total)
    const where = `slide ${no}: ${tag}`
    if (!range) {
      problems.push({ file: 'slides.md', where, problem: `rows="${rows}" is not a range of rows such as rows="1-${ROWS_PER_SLIDE}"` })
      continue
    }
    const [from, to] = range
    if (to > total)
      problems.push({ file: 'slides.md', where, problem: `rows="${rows}" goes past the last project (data/projects.ts has ${total})` })
    const count = Math.min(to, total) - from
    if (count > ROWS_PER_SLIDE) {
      const split = Array.from({ length: Math.ceil(count / ROWS_PER_SLIDE) }, (_, i) => `rows="${from + i * ROWS_PER_SLIDE + 1}-${Math.min(from + (i + 1) * ROWS_PER_SLIDE, from + count)}"`)
      problems.push({ file: 'slides.md', where, problem: `${count} projects, but a slide holds ${ROWS_PER_SLIDE} rows of the table: the rest would be cut off. Split it: <ProjectTable ${split.join(' … />, then on a slide after it <ProjectTable ')} … />, with one [click] cue per row in each slide's notes` })
    }
    for (let i = from; i < Math.min(to, total); i++)
      shown[i] = true
  }
  const missing = shown.flatMap((s, i) => s ? [] : [i + 1])
  if (tables.length && missing.length)
    problems.push({ file: 'slides.md', where: 'the project table', problem: `projects ${missing.join(', ')} of data/projects.ts are in no <ProjectTable rows="…">: add a table for them on a slide after the others` })
  return problems
}

/** Every problem of the slides, in slide order. */
export function checkSlides(slides: readonly DeckSlide[], known: Known): Problem[] {
  const markups = slides.map(markupOf)
  return [...slides.flatMap((slide, i) => checkSlide(slide, markups[i]!, known)), ...tableProblems(slides, markups, known.projects), ...budgetProblems(slides)]
}
