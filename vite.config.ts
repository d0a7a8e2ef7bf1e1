// Slidev merges this file into its own Vite config: the build, the dev server, and the dev server
// that `slidev export` starts: the check at the door, a warm-up for the dev server, and small
// trims, each measured by `npm run bench` (bench/README.md) or checked by a test.
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { defineConfig, type Plugin, type ViteDevServer } from 'vite'
import { door } from './scripts/door.ts'
import { leaveOutUnusedDirectives, preloadFirstSlide } from './scripts/first-load.ts'

const require = createRequire(import.meta.url)

// ---- A warm dev server (`npm run dev`) -------------------------------------------------------
// Vite compiles each module on its first request: without this, the first slide took seconds
// after "ready", and each slide's first visit up to 3 s more. Slidev has no warm-up of its
// own, and Vite's `server.warmup` takes files, while slides are virtual modules
// (/@slidev/slides/N/md, imported dynamically, so Vite's import crawl stops short of them). So
// this compiles, with all they import (bench/README.md has the figures):
// 1. before Slidev prints its addresses: Slidev's client, its play page and the first slide;
// 2. from then on, the other slides one by one, each when no request is waiting: a browser's
//    first page load comes first (compiling while it waited held it up by 1–2 s), and its gaps
//    are enough for the slides before anyone goes past the first;
// 3. the presenter, overview and notes pages once no browser has asked for anything for a
//    second. One opened sooner is compiled on demand, about 0.5 s slower.
// Edits recompile as usual.
const slidevClient = dirname(createRequire(require.resolve('@slidev/cli/package.json')).resolve('@slidev/client/package.json'))
const clientUrl = (file: string) => `/@fs${slidevClient}/${file}`

const page = (name: string) => clientUrl(`pages/${name}.vue`)

/**
 * Compiles these modules and what they import, and waits until all of it is compiled. Before
 * "ready" only: Vite's "requests idle" signal, which this waits for, fires once per server.
 */
async function compile(server: ViteDevServer, urls: string[]): Promise<void> {
  const client = server.environments.client
  await Promise.all(urls.map(url => client.warmupRequest(url)))
  // Each compiled module has requested its static imports; wait until those are compiled too.
  await client.waitForRequestsIdle()
  // On a first start after an install, Vite bundles the dependencies it found meanwhile; a page
  // that asked for them now would wait for that, or be reloaded when it ends.
  const discovered = Object.values(client.depsOptimizer?.metadata.discovered ?? {})
  await Promise.all(discovered.map(dep => dep.processing))
}

/** Resolves once `done()` is true, checking every `everyMs` (the timer never keeps Node alive). */
async function waitUntil(done: () => boolean, everyMs: number): Promise<void> {
  while (!done())
    await new Promise(resolve => setTimeout(resolve, everyMs).unref())
}

function warmDevServer(): Plugin {
  return {
    name: 'deck:warm-dev-server',
    apply: 'serve',
    configureServer(server) {
      let lastRequest = 0
      let inFlight = 0
      server.middlewares.use((_req, res, next) => {
        lastRequest = performance.now()
        inFlight++
        res.once('close', () => inFlight--)
        next()
      })
      const listen = server.listen.bind(server)
      server.listen = async (...args) => {
        const listening = await listen(...args)
        // A slide that does not compile is reported here, in the terminal, by Vite ("Pre-transform
        // error"); the server still starts, so the speaker can fix it and see the rest.
        const stopped = (e: unknown) => server.config.logger.error(`Warm-up stopped: ${e instanceof Error ? e.message : e}`)
        // The slides list imports each slide dynamically, by a URL it names: /@slidev/slides/N/md.
        const list = await server.environments.client.transformRequest('/@slidev/slides').catch(stopped)
        const slides = [...new Set(list?.code.match(/\/@slidev\/slides\/\d+\/md/g))]
        await compile(server, ['/@vite/client', clientUrl('main.ts'), page('play'), ...slides.slice(0, 1)]).catch(stopped)
        lastRequest = performance.now() // "quiet" counts from ready
        void compileBetweenRequests(slides.slice(1))
        void compileWhenQuiet()
        return listening
      }
      // After ready, in the background: the other slides, each when no request is waiting (a
      // request open for half a second with none after it is a long-lived one: go on), then the
      // pages once no request has come for a second.
      async function compileBetweenRequests(urls: string[]): Promise<void> {
        const client = server.environments.client
        for (const url of urls) {
          await waitUntil(() => inFlight === 0 || performance.now() - lastRequest >= 500, 10)
          if (!server.httpServer?.listening)
            return
          await client.warmupRequest(url)
        }
      }
      async function compileWhenQuiet(): Promise<void> {
        await waitUntil(() => performance.now() - lastRequest >= 1000, 250)
        if (server.httpServer?.listening)
          await Promise.all(['presenter', 'overview', 'notes'].map(name => server.environments.client.warmupRequest(page(name))))
      }
    },
  }
}
// The dev server also inlines a source map into every script it sends (and makes one up for each
// file that has none): 7 of the 10 MB the first slide loaded, encoded again on every request.
// This plugin gives every module an empty map, which tells Vite to send none.
// Without them the first slide shows about 0.7 s sooner after "ready" (bench/README.md). The
// cost: the browser's developer tools show the compiled code of slides and components, not
// their source; remove this plugin while debugging in the browser. Builds are unaffected.
function noDevSourceMaps(): Plugin {
  return {
    name: 'deck:no-dev-source-maps',
    apply: 'serve',
    // The browser's modules only: the server's own (the check at the door) keep theirs for stack traces.
    applyToEnvironment: environment => environment.name === 'client',
    // First, so that Vite drops every later plugin's map instead of combining them.
    enforce: 'pre',
    transform: code => ({ code, map: { mappings: '' } }),
  }
}
// Slidev asks Vite to pre-bundle, on every start with a new cache, the dependencies of features
// this deck has off: TypeScript and its type acquisition (Monaco's, `monaco: false`), PptxGenJS
// (the browser exporter's, `browserExporter: false`), lz-string (Monaco, Mermaid and magic-move
// code), and YAML (left out with v-mark, scripts/first-load.ts): 8.7 MB of output, 2.8 s of a
// cold start on this machine, against 0.25–0.3 s for what is left. Nothing this deck loads
// imports them (walked by hand on a cold server: every slide, presenter, overview, notes, print
// and go-to, with no dependency found late and no reload).
const UNUSED_PREBUNDLES = ['typescript', '@typescript/ata', 'pptxgenjs', 'lz-string', 'yaml']
function noUnusedPrebundles(): Plugin {
  return {
    name: 'deck:no-unused-prebundles',
    apply: 'serve',
    config: {
      // After Slidev's own config hook has added them.
      order: 'post',
      handler(config) {
        const include = config.optimizeDeps?.include
        if (include)
          config.optimizeDeps!.include = include.filter(dep => !UNUSED_PREBUNDLES.includes(dep.split(' > ').at(-1)!))
      },
    },
  }
}
// ---- end of the warm dev server ----------------------------------------------------------------

export default defineConfig({
  // The check at the door: bad data stops the build and every export, and shows in the dev
  // server's overlay, before anything is served or written. It also writes dist/claims.json.
  // Then the warm dev server (above) and the audience's first load (scripts/first-load.ts).
  plugins: [door(), warmDevServer(), noDevSourceMaps(), noUnusedPrebundles(), leaveOutUnusedDirectives(), preloadFirstSlide()],
  optimizeDeps: {
    // Slidev serves its client and some of its dependencies unbundled, so that one copy of each
    // is shared (Vue, the router, ...). Their own dependencies, which share nothing with the deck,
    // would come file by file; bundled ahead by Vite, each is one request (bench/README.md).
    include: [
      ...['', '/client', '/plugins', '/scripts', '/utils'].map(entry => `@unhead/vue > unhead${entry}`),
      'floating-vue > @floating-ui/dom',
    ].map(dep => `@slidev/cli > @slidev/client > ${dep}`),
  },
  resolve: {
    alias: [
      // Slidev aliases `vue` to Vue's full build, which carries the template compiler so that
      // templates written as strings can be compiled in the browser. This deck has none: slides and
      // components are single-file components compiled at build time. The runtime-only build drops
      // the compiler from the first load. Vite puts a project's aliases ahead of Slidev's, so this
      // one wins; a string `template:` would now render nothing and warn in the console.
      { find: /^vue$/, replacement: require.resolve('vue/dist/vue.runtime.esm-bundler.js') },
    ],
  },
  build: {
    // Vite gzips every chunk only to print their sizes; `npm run bench` measures what is loaded.
    reportCompressedSize: false,
    // The bundler's plugin-timing report names Slidev's and Vite's plugins: nothing a speaker can act on.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
})
