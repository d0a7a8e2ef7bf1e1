// What the audience's browser loads first, trimmed (vite.config.ts; figures in bench/README.md).
// - `leaveOutUnused`: whole modules of Slidev's client replaced by smaller ones, listed in TRIMS
//   with what each saves and the rule it imposes on slides.md (the deck check enforces the rules).
//   A build fails when Slidev no longer loads a module listed: the trim would replace nothing.
// - `preloadFirstSlide`: index.html loads Slidev's client; the client then asks for the slide
//   page and its components, and only then for the first slides: three waits in a row for the
//   network, each a round trip on a phone. Those chunks are listed in index.html (`modulepreload`,
//   at low priority, so that they never hold up the client itself): one round trip. So are the
//   two font files slide 1 draws with, which the browser would find only once it had laid out
//   the slide, drawing its title in a fallback font first and again when they came.
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite'

export interface Trim {
  /** The module replaced: a path inside @slidev/client, or a package entry the client imports. */
  module: string
  /** Its replacement: module code, or another module to resolve to. */
  by: { code: string } | { resolve: string }
  /** What the first load no longer carries. */
  saves: string
}

/** Directives of Slidev's that this deck leaves out of its build: slides.md may not use them. */
export const LEFT_OUT_DIRECTIVES = ['v-mark', 'v-motion'] as const

/** Every trim, in one place. README, "What the build leaves out", lists the same with figures. */
export const TRIMS: Trim[] = [
  // An installer that installs nothing: Vue renders the element without the directive.
  { module: 'modules/v-mark.ts', by: { code: 'export function createVMarkDirective() { return { install() {} } }' }, saves: 'rough-notation and roughjs (v-mark)' },
  { module: 'modules/v-motion.ts', by: { code: 'export function createVMotionDirectives() { return { install() {} } }' }, saves: '@vueuse/motion and popmotion (v-motion)' },
  // The client takes one function from the parser's core, parseRangeString, which its utils entry
  // exports as well, without the YAML parser the core carries.
  { module: '@slidev/parser/core', by: { resolve: '@slidev/parser/utils' }, saves: 'a YAML parser' },
]

export function leaveOutUnused(trims = TRIMS): Plugin {
  const used = new Set<string>()
  const inClient = (id: string) => id.includes('/@slidev/client/')
  return {
    name: 'deck:leave-out-unused',
    enforce: 'pre',
    // The browser's modules only.
    applyToEnvironment: environment => environment.name === 'client',
    resolveId(source, importer) {
      const trim = trims.find(t => t.module === source && 'resolve' in t.by)
      if (trim && importer && inClient(importer)) {
        used.add(trim.module)
        return this.resolve((trim.by as { resolve: string }).resolve, importer, { skipSelf: true })
      }
    },
    load(id) {
      // The dev server's ids may end in a version query (?v=…).
      const path = id.split('?')[0]!
      const trim = trims.find(t => 'code' in t.by && path.endsWith(`/@slidev/client/${t.module}`))
      if (trim) {
        used.add(trim.module)
        return (trim.by as { code: string }).code
      }
    },
    buildEnd(error) {
      const unused = trims.filter(t => !used.has(t.module))
      if (!error && this.environment.mode === 'build' && unused.length)
        this.error(`Slidev's client no longer loads ${unused.map(t => t.module).join(', ')}: the trim in vite/first-load.ts replaces nothing. Take it off TRIMS (and its rule off the deck check).`)
    },
  }
}

/**
 * The modules a first visit runs after the client: Slidev's slide page and slide 1, and slide 2,
 * which Slidev loads alongside the first (a deck of one slide has none).
 */
const FIRST_VISIT: [module: RegExp, inEveryDeck: boolean][] = [
  [/\/@slidev\/client\/pages\/play\.vue$/, true],
  [/^\/@slidev\/slides\/1\/md$/, true],
  [/^\/@slidev\/slides\/2\/md$/, false],
]

/** The chunks of a first visit, with all they import, less what index.html already loads. */
function firstVisitChunks(bundle: Rollup.OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
  const byFile = new Map(chunks.map(c => [c.fileName, c]))
  const entry = chunks.find(c => c.isEntry)
  const seen = new Set([entry?.fileName, ...entry?.imports ?? []])
  const found: string[] = []
  const visit = (chunk: Rollup.OutputChunk) => {
    if (seen.has(chunk.fileName))
      return
    seen.add(chunk.fileName)
    found.push(chunk.fileName)
    chunk.imports.forEach(file => visit(byFile.get(file)!))
  }
  for (const [module, inEveryDeck] of FIRST_VISIT) {
    const root = chunks.find(c => c.facadeModuleId && module.test(c.facadeModuleId))
    if (root)
      visit(root)
    else if (inEveryDeck)
      throw new Error(`preload-first-slide: the build has no chunk for ${module}; has Slidev renamed it?`)
  }
  return found
}

/**
 * The font files slide 1 draws with: the cover's title (Nunito Sans 800) and text (400), Latin.
 * A browser test (tests/e2e/offline.test.ts) checks that they are exactly the fonts slide 1 loads.
 */
const FIRST_SLIDE_FONTS = [/(?:^|\/)nunito-sans-latin-400-normal-[\w-]+\.woff2$/, /(?:^|\/)nunito-sans-latin-800-normal-[\w-]+\.woff2$/]

/** The files of FIRST_SLIDE_FONTS in the build. */
function firstSlideFonts(bundle: Rollup.OutputBundle): string[] {
  const files = Object.keys(bundle)
  return FIRST_SLIDE_FONTS.map((font) => {
    const file = files.find(f => font.test(f))
    if (!file)
      throw new Error(`preload-first-slide: the build has no font file ${font}; have the fonts in styles/index.ts changed?`)
    return file
  })
}

export function preloadFirstSlide(): Plugin {
  let base = '/'
  return {
    name: 'deck:preload-first-slide',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle)
          return
        const link = (attrs: Record<string, string>, file: string): HtmlTagDescriptor =>
          ({ tag: 'link', attrs: { ...attrs, crossorigin: true, href: base + file }, injectTo: 'head' })
        return [
          ...firstVisitChunks(bundle).map(file => link({ rel: 'modulepreload', fetchpriority: 'low' }, file)),
          ...firstSlideFonts(bundle).map(file => link({ rel: 'preload', as: 'font', type: 'font/woff2' }, file)),
        ]
      },
    },
  }
}
