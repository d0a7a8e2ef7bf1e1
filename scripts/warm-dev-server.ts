// A warm dev server (`npm run dev`; wired in vite.config.ts, figures in bench/README.md).
// Vite compiles each module on its first request: without a warm-up, the first slide took seconds
// after "ready", and each slide's first visit up to 3 s more. Slidev has no warm-up of its own,
// and Vite's `server.warmup` takes files, while slides are virtual modules (/@slidev/slides/N/md)
// imported dynamically. So this plugin compiles the deck's module graph itself, walking each
// compiled module's imports:
// 1. Before Slidev prints its addresses: Slidev's client, its play page and the first slide.
//    index.html then lists every one of those modules (`modulepreload`), so that the browser asks
//    for all of them at once instead of finding them one level of imports at a time. Then what
//    the play page loads once it shows (the side editor, the recorder, ...).
// 2. From then on, in the background: the other slides, then the presenter, overview and notes
//    pages. One module at a time, each only while no request is waiting, so that a browser's page
//    load never waits for more than one module's compile. Vite's own pre-compiling of each
//    module's imports is off for the same reason: this walk does it, between requests.
// 3. UnoCSS's stylesheet, which its dev server rebuilt and had the browser reload for every module
//    that brought new words (`quietStylesheetUpdates`).
// Edits recompile as usual.
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { init as lexerReady, parse as parseImports } from 'es-module-lexer'
import type { DevEnvironment, Plugin, ViteDevServer } from 'vite'

const require = createRequire(import.meta.url)
const slidevClient = dirname(createRequire(require.resolve('@slidev/cli/package.json')).resolve('@slidev/client/package.json'))
const clientUrl = (file: string) => `/@fs${slidevClient}/${file}`
const page = (name: string) => clientUrl(`pages/${name}.vue`)
/** A dynamic import of a slide or of a page: the walks that follow them say which. */
const SLIDE_OR_PAGE = /\/@slidev\/slides\/|\/@slidev\/client\/pages\//

/** Resolves once `done()` is true, checking every `everyMs` (the timer never keeps Node alive). */
async function waitUntil(done: () => boolean, everyMs: number): Promise<void> {
  while (!done())
    await new Promise(resolve => setTimeout(resolve, everyMs).unref())
}

/** The id Vite keys a module by, for a URL the browser asks for (`/@id/__x00__…` is a virtual one). */
const requestId = (url: string) => url.startsWith('/@id/') ? url.slice('/@id/'.length).replace('__x00__', '\0') : url

/** What this uses of UnoCSS's context, which its plugin `unocss:api` hands to integrations. */
export interface UnoContext {
  ready: Promise<unknown>
  tokens: Set<string>
  flushTasks: () => Promise<void>
  uno: { config: unknown, generate: (input: unknown, options?: unknown) => Promise<{ css: string }> }
}

/**
 * UnoCSS's dev server rebuilds the stylesheet and has the browser reload it whenever a compiled
 * module brings a word it has not seen, though most bring no new rule; each rebuild, once per
 * layer (four), parsed each new word again. A page load during the background compile waited
 * seconds for it. Now builds for the same words are shared, and an update whose stylesheet is
 * the one the browser has is not sent. Returns a build of the stylesheet for all words so far.
 */
export function quietStylesheetUpdates(server: ViteDevServer, ctx: UnoContext): () => Promise<unknown> {
  const generate = ctx.uno.generate.bind(ctx.uno)
  let last: { size: number, config: unknown, result: Promise<{ css: string }> } | undefined
  // Words are only ever added; a new configuration replaces `config`.
  const build = () => {
    if (last?.size !== ctx.tokens.size || last.config !== ctx.uno.config)
      last = { size: ctx.tokens.size, config: ctx.uno.config, result: generate(ctx.tokens) }
    return last.result
  }
  /** The stylesheet UnoCSS last served or compared, which the browser has. */
  let served: string | undefined
  ctx.uno.generate = (input, options) => {
    if (input !== ctx.tokens || options !== undefined)
      return generate(input, options)
    const result = build()
    void result.then(({ css }) => served = css, () => {})
    return result
  }
  const send = server.ws.send.bind(server.ws) as (...args: unknown[]) => void
  server.ws.send = ((...args: unknown[]) => {
    const payload = args[0] as { type?: string, updates?: { path: string }[] }
    if (payload?.type === 'update' && payload.updates?.length && payload.updates.every(update => update.path.includes('__uno'))) {
      void build().then(({ css }) => css !== served && send(...args), () => send(...args))
      return
    }
    send(...args)
  }) as typeof server.ws.send
  return build
}

export interface Walk {
  /** The URLs compiled, as the browser asks for them (the import specifiers Vite wrote). */
  compiled: string[]
  /** Dynamic imports met and not followed. */
  lazy: string[]
}

/**
 * Compiles `roots` and everything they import statically, plus the dynamic imports `follow`
 * accepts, skipping what `seen` holds (and adding to it). With `beforeEach`, one module at a time,
 * each once `beforeEach()` resolves; without, a level of imports at a time, in parallel. A module
 * that does not compile is reported by `failed`, and the walk goes on without what it imports.
 */
export async function compileGraph(client: DevEnvironment, roots: string[], options: { follow: (url: string) => Promise<boolean>, failed: (url: string, e: unknown) => void, seen?: Set<string>, beforeEach?: () => Promise<void> }): Promise<Walk> {
  const { follow, failed, seen = new Set(), beforeEach } = options
  await lexerReady
  const compiled: string[] = []
  const lazy = new Set<string>()
  async function compileOne(url: string): Promise<string[]> {
    await beforeEach?.()
    const code = await client.transformRequest(requestId(url)).then(result => result?.code, (e: unknown) => void failed(url, e))
    if (code === undefined)
      return []
    compiled.push(url)
    const next: string[] = []
    for (const { n: specifier, d: dynamic } of parseImports(code)[0]) {
      // d: -1 a static import, -2 import.meta, ≥ 0 a dynamic import; n: undefined when not a string.
      if (specifier === undefined || dynamic === -2 || seen.has(specifier))
        continue
      if (dynamic === -1 || await follow(specifier)) {
        seen.add(specifier)
        next.push(specifier)
      }
      else {
        lazy.add(specifier)
      }
    }
    return next
  }
  let level = roots.filter(url => !seen.has(url))
  level.forEach(url => seen.add(url))
  while (level.length) {
    const next: string[] = []
    if (beforeEach) {
      for (const url of level)
        next.push(...await compileOne(url))
    }
    else {
      for (const urls of await Promise.all(level.map(compileOne)))
        next.push(...urls)
    }
    level = next
  }
  return { compiled, lazy: [...lazy].filter(url => !seen.has(url)) }
}

export function warmDevServer(): Plugin {
  return {
    name: 'deck:warm-dev-server',
    apply: 'serve',
    config: () => ({ server: { preTransformRequests: false } }),
    configureServer(server) {
      const client = server.environments.client
      const unoApi = server.config.plugins.find(plugin => plugin.name === 'unocss:api')?.api as { getContext: () => UnoContext } | undefined
      const uno = unoApi?.getContext()
      let buildStylesheet = async (): Promise<unknown> => undefined
      void uno?.ready.then(() => buildStylesheet = quietStylesheetUpdates(server, uno))
      let lastRequest = 0
      let inFlight = 0
      let preloads = ''
      /** The first page load's modules that no browser has asked for yet. */
      const firstLoad = new Set<string>()
      server.middlewares.use((req, res, next) => {
        lastRequest = performance.now()
        inFlight++
        firstLoad.delete(req.url!)
        res.once('close', () => inFlight--)
        // Slidev sends index.html itself, untouched by Vite's HTML hooks: add the list to it.
        if (preloads && req.headers.accept?.includes('text/html')) {
          const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => typeof res
          res.end = ((chunk?: unknown, ...rest: unknown[]) => end(
            typeof chunk === 'string' && String(res.getHeader('Content-Type')).startsWith('text/html') ? chunk.replace('</head>', `${preloads}</head>`) : chunk,
            ...rest,
          )) as typeof res.end
        }
        next()
      })
      // In the background a module compiles only while no request is waiting, and until a browser
      // has asked for the whole first page load, only after 100 ms without one: its requests come
      // a few milliseconds apart. A request open for half a second with none after it is a
      // long-lived one: go on.
      const quiet = () => performance.now() - lastRequest >= 500
        || (inFlight === 0 && (firstLoad.size === 0 || performance.now() - lastRequest >= 100))
      // Before each module, the words the last one brought are parsed into the stylesheet, so that
      // a page load finds it built.
      const betweenRequests = async () => {
        await waitUntil(quiet, 10)
        if (uno) {
          await uno.flushTasks()
          await buildStylesheet()
          await waitUntil(quiet, 10)
        }
      }

      const listen = server.listen.bind(server)
      server.listen = async (...args) => {
        const listening = await listen(...args)
        // A slide that does not compile is reported here, in the terminal; the server still starts,
        // so the speaker can fix it and see the rest.
        const stopped = (e: unknown) => server.config.logger.error(`Warm-up stopped: ${e instanceof Error ? e.message : e}`)
        const failed = (url: string, e: unknown) => server.config.logger.error(`Pre-transform error: ${url}: ${e instanceof Error ? e.message : e}`, { timestamp: true })
        try {
          // The slides list imports each slide dynamically, by a URL it names: /@slidev/slides/N/md.
          const list = await client.transformRequest('/@slidev/slides')
          const slides = [...new Set(list?.code.match(/\/@slidev\/slides\/\d+\/md/g))]
          const idOf = async (url: string) => (await client.pluginContainer.resolveId(url))?.id.split('?')[0]
          const firstPage = new Set(await Promise.all([page('play'), ...slides.slice(0, 1)].map(idOf)))
          const follow = async (url: string) => SLIDE_OR_PAGE.test(url) && firstPage.has(await idOf(url))
          await compileGraph(client, [clientUrl('main.ts')], { follow, failed })
          // Modules compiled early can be invalidated by later ones: UnoCSS's stylesheet, and what
          // imports it, each time a module brings new words. On a first start after an install, Vite
          // also bundles the dependencies it found meanwhile, and may recompile what imports them
          // under new URLs. So, once those are bundled, walk again: it compiles only what changed.
          const discovered = Object.values(client.depsOptimizer?.metadata.discovered ?? {})
          await Promise.all(discovered.map(dep => dep.processing))
          await uno?.flushTasks()
          const first = await compileGraph(client, [clientUrl('main.ts')], { follow, failed })
          for (const url of first.compiled)
            firstLoad.add(url)
          preloads = first.compiled.map(url => `<link rel="modulepreload" href="${url}">`).join('')
          // Then what the play page loads once it shows (the side editor, the recorder, ...):
          // compiled, not listed. Compiled later, it held up the next slides' first visits by a
          // quarter of a second, and its words had the browser reload the stylesheet just then.
          const seen = new Set(first.compiled)
          await compileGraph(client, first.lazy.filter(url => !SLIDE_OR_PAGE.test(url)), { follow: async () => false, failed, seen })
          await uno?.flushTasks()
          lastRequest = performance.now()
          void compileInBackground(seen, slides.slice(1), failed).catch(stopped)
        }
        catch (e) {
          stopped(e)
        }
        return listening
      }

      async function compileInBackground(seen: Set<string>, roots: string[], failed: (url: string, e: unknown) => void): Promise<void> {
        const follow = async () => false
        const walk = (roots: string[]) => server.httpServer?.listening ? compileGraph(client, roots, { follow, failed, seen, beforeEach: betweenRequests }) : undefined
        for (const root of roots)
          await walk([root])
        // The other pages once no browser has asked for anything for a second. One opened sooner
        // compiles on demand.
        await waitUntil(() => performance.now() - lastRequest >= 1000, 250)
        await walk(['presenter', 'overview', 'notes'].map(page))
      }
    },
  }
}
