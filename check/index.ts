// The deck check: the record (data/), the essay it quotes and slides.md (whose notes carry the
// essay), checked together before anything is served or written. One function, run by `npm run
// check`, the build and the dev server (vite/check.ts) and every export. Each problem is one line
// naming file, record or slide, and field:
//   data/projects.ts: record "cr929", field "startYear": year 1850 is out of range 1950–2030
//   slides.md: slide 8: unknown component <ProjectTabel> (did you mean <ProjectTable>?)
import type { DeckSlide } from '../lib/deck.ts'
import type { DeckData, Problem } from './data.ts'
import type { Known } from './slides.ts'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { resolveOptions } from '@slidev/cli'
import { runnerImport } from 'vite'
import { deckSlides, loadSlidevData } from '../lib/deck.ts'
import { BudgetError, checkBudgets, durationSeconds } from '../lib/pace.ts'
import { SiteError, siteUrl } from '../lib/site.ts'
import { checkData, formatProblem } from './data.ts'
import { staleFigures } from './figures.ts'
import { checkNotes } from './notes.ts'
import { declaredProps } from './props.ts'
import { checkSlides } from './slides.ts'

export interface DeckCheck {
  /** Problems that stop the build and every export, one line each. */
  problems: string[]
  /** What a speaker should know and may leave as it is: `npm run check` prints them. */
  notes: string[]
  /** The data, loaded fresh from disk; absent when a data file cannot be loaded. */
  data?: DeckData
  slides?: DeckSlide[]
}

/** The error a data file that does not parse gives, at its line and column, in the parser's words. */
function loadProblem(root: string, e: unknown): string {
  const err = e as Error & { id?: string, errors?: { message: string, loc?: { file?: string, line: number, column: number } }[] }
  const first = err.errors?.[0]
  const file = first?.loc?.file ?? err.id
  const where = file ? `${relative(root, file)}${first?.loc ? `:${first.loc.line}:${first.loc.column + 1}` : ''}` : 'data'
  const words = stripVTControlCharacters(first?.message ?? err.message).split('\n').map(l => l.trim()).find(Boolean) ?? ''
  return `${where}: cannot be loaded: ${words.replace(/^\[\w+\]\s*/, '')}`
}

/** The names of the files in `dirs` (and, with `deep`, their subfolders) whose extension `ext` matches. */
function fileNames(dirs: string[], ext: RegExp, deep = false): string[] {
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(dir, { recursive: deep }).map(String).filter(f => ext.test(f)).map(f => basename(f, extname(f)))
    }
    catch {
      return []
    }
  })
}

/** The props of each component in the deck's own components/ whose props can be told (check/props.ts). */
function deckProps(root: string): Map<string, string[]> {
  const dir = join(root, 'components')
  const props = new Map<string, string[]>()
  for (const file of fileNames([dir], /\.vue$/)) {
    const names = declaredProps(readFileSync(join(dir, `${file}.vue`), 'utf8'), `components/${file}.vue`)
    if (names)
      props.set(file, names)
  }
  return props
}

/**
 * The headmatter's theme and addons that are not installed. Slidev would offer to install a
 * misspelled one from the registry (or, with no terminal, end the process): the check names it.
 */
function missingPackages(root: string, headmatter: Record<string, unknown>): Problem[] {
  const installed = (pkg: string) => {
    for (let dir = resolve(root); ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'node_modules', pkg, 'package.json')))
        return true
      if (dirname(dir) === dir)
        return false
    }
  }
  const addons = Array.isArray(headmatter.addons) ? headmatter.addons : []
  const wanted = [{ field: 'theme', type: 'theme', name: headmatter.theme }, ...addons.map(name => ({ field: 'addons', type: 'addon', name }))]
  return wanted.flatMap(({ field, type, name }) => {
    // Slidev reads a path (./theme, /abs, @/in-the-deck, dir/name) as it is, and "none" as none.
    if (typeof name !== 'string' || name === 'none' || /^(?:[./]|@\/)/.test(name) || (!name.startsWith('@') && name.includes('/')))
      return []
    const names = name.startsWith('@') ? [name] : [`@slidev/${type}-${name}`, `slidev-${type}-${name}`, name]
    if (names.some(installed))
      return []
    const themes = type === 'theme' ? ` (installed: ${installedThemes(root).join(', ') || 'none'})` : ''
    return [{ file: 'slides.md', where: `headmatter, field "${field}"`, problem: `${type} "${name}" is not installed${themes}: correct the name, or npm install ${names[0]}` }]
  })
}

/** The themes installed beside the deck, as the headmatter names them (`theme: default`). */
function installedThemes(root: string): string[] {
  const names = (dir: string, prefix: string) => {
    try {
      return readdirSync(join(root, 'node_modules', dir)).filter(n => n.startsWith(prefix)).map(n => n.slice(prefix.length))
    }
    catch {
      return []
    }
  }
  return [...names('@slidev', 'theme-'), ...names('', 'slidev-theme-')]
}

/** Checks the deck at `root`, reading every file fresh from disk (edits made while a server runs are seen). */
export async function checkDeck(root: string): Promise<DeckCheck> {
  let data: DeckData
  try {
    // Through Vite's module runner: TypeScript as Vite reads it, and never a cached copy.
    const { module } = await runnerImport<typeof import('../data/index.ts')>(resolve(root, 'data/index.ts'), { root, configFile: false, logLevel: 'silent' })
    data = { records: module.records, sources: module.sources }
  }
  catch (e) {
    return { problems: [loadProblem(root, e)], notes: [] }
  }
  const essay = readFileSync(resolve(root, 'content/essay.txt'), 'utf8')
  const parsed = await loadSlidevData(root)
  // Slidev looks for the headmatter's `---` at the file's first character: after a BOM it finds
  // none, and the whole headmatter becomes text on slide 1.
  if (parsed.entry.raw.startsWith('\uFEFF'))
    return { problems: ['slides.md:1:1: the file starts with a byte-order mark (an editor\'s "UTF-8 with BOM"), which hides the headmatter from Slidev: save it as UTF-8 without BOM'], notes: [], data }
  const slides = deckSlides(parsed)
  const headmatter = parsed.headmatter ?? {}
  const missing = missingPackages(root, headmatter)
  if (missing.length)
    return { problems: missing.map(formatProblem), notes: [], data }
  const options = await resolveOptions({ entry: resolve(root, 'slides.md') }, 'build')
  // Where Slidev finds components and layouts: its own, the theme's and the addons', then the
  // deck's. The deck's folder is `root` itself, not Slidev's: Slidev settles its deck folder once
  // per process, on the first deck it is given (`getRoots`,
  // https://github.com/slidevjs/slidev/blob/v53.0.0/packages/slidev/node/resolver.ts).
  const roots = [...options.themeRoots, ...options.addonRoots, resolve(root)]
  const known: Known = {
    components: fileNames([join(options.clientRoot, 'builtin'), ...roots.map(r => join(r, 'components'))], /\.(?:vue|md|[jt]sx?)$/),
    layouts: [...new Set(fileNames([options.clientRoot, ...roots].map(r => join(r, 'layouts')), /\.(?:vue|m?[jt]s)$/, true))],
    props: deckProps(root),
    claims: data.records.claims.map(c => (c as { id: string }).id),
    reasons: data.records.reasons.map(r => (r as { id: string }).id),
    projects: data.records.projects.length,
    hasFile: path => existsSync(join(root, path)),
  }
  const problems: Problem[] = [...checkData(data, essay), ...checkSlides(slides, known), ...checkNotes(slides, essay)]
  let site: string | undefined
  try {
    site = siteUrl(headmatter)
  }
  catch (e) {
    if (!(e instanceof SiteError))
      throw e
    problems.push({ file: 'slides.md', where: 'headmatter, field "site"', problem: e.message })
  }
  let duration: number | undefined
  try {
    duration = durationSeconds(headmatter)
  }
  catch (e) {
    if (!(e instanceof BudgetError))
      throw e
    problems.push({ file: 'slides.md', where: e.where, problem: e.problem })
  }
  const notes: string[] = problems.length ? [] : staleFigures(data)
  if (!problems.length && !site)
    notes.push('slides.md: no site: in the headmatter, so no QR code on the closing slide (add the hosted folder\'s address when it has one)')
  const budgets = problems.length ? undefined : checkBudgets(slides, duration!)
  if (budgets && !budgets.ok)
    notes.push(`slides.md: ${budgets.summary}`)
  return { problems: problems.map(formatProblem), notes, data, slides }
}

/** The problems as the terminal shows them: a heading, then one line each. */
export function report(problems: string[], what: string): string {
  const n = problems.length
  return `\n✗ ${n} problem${n === 1 ? '' : 's'} in the deck: ${what}\n${problems.map(p => `  ${p}`).join('\n')}\n`
}
