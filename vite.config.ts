// Slidev merges this file into its own Vite config: the build, the dev server, and the dev server
// that `slidev export` starts: the check at the door, a warm-up for the dev server, and small
// trims, each measured by `npm run bench` (bench/README.md) or checked by a test.
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { defineConfig, type Plugin, type ViteDevServer } from 'vite'
import { door } from './scripts/door.ts'

const require = createRequire(import.meta.url)

// ---- A warm dev server (`npm run dev`) -------------------------------------------------------
// Vite compiles each module on its first request, and Slidev's client fetches every slide only
// 3 s after the first shows: without a warm-up, a slide visited before then took up to 3 s.
// Compiling the client before "ready" made "ready" 3 s later and the first slide no sooner, so
// the first slide is compiled as the browser asks for it, and the rest of the deck (each slide in
// order, then the presenter, overview and notes pages) right after, once that first page load has
// gone quiet (or 5 s after ready, when no browser came). Measured by `npm run bench`.
// Vite's `server.warmup` takes files; slides are virtual modules (/@slidev/slides/N/md), so the
// URLs come from Slidev's slide list. Edits recompile as usual.
const slidevClient = dirname(createRequire(require.resolve('@slidev/cli/package.json')).resolve('@slidev/client/package.json'))
const clientUrl = (file: string) => `/@fs${slidevClient}/${file}`

/** Compiles every slide, then the other pages, one at a time: all at once, slide 3 waited for slide 25. */
async function warmUp(server: ViteDevServer): Promise<void> {
  const client = server.environments.client
  const list = await client.transformRequest('/@slidev/slides')
  const slides = [...new Set(list?.code.match(/\/@slidev\/slides\/\d+\/md/g))]
  for (const url of [...slides, ...['presenter', 'overview', 'notes'].map(page => clientUrl(`pages/${page}.vue`))]) {
    await client.warmupRequest(url)
    // Each compiled module has requested its static imports; wait until those are compiled too.
    await client.waitForRequestsIdle()
  }
}

function warmDevServer(): Plugin {
  return {
    name: 'deck:warm-dev-server',
    apply: 'serve',
    configureServer(server) {
      // A page's first load is a burst of requests; its first slide shows when the burst ends.
      let lastRequest = 0
      server.middlewares.use((_req, _res, next) => {
        lastRequest = performance.now()
        next()
      })
      const firstLoadDone = async () => {
        const ready = performance.now()
        while (lastRequest === 0 ? performance.now() - ready < 5000 : performance.now() - lastRequest < 500)
          await new Promise(resolve => setTimeout(resolve, 100).unref())
      }
      const listen = server.listen.bind(server)
      server.listen = async (...args) => {
        const listening = await listen(...args)
        // A slide that does not compile is reported here, in the terminal, by Vite ("Pre-transform
        // error"); the server still starts, so the speaker can fix it and see the rest.
        const stopped = (e: unknown) => server.config.logger.error(`Warm-up stopped: ${e instanceof Error ? e.message : e}`)
        // `slidev export` prints every slide as soon as it is ready: compile them all first, so
        // no style update from a late compile reaches a page mid-print.
        if (server.config.define?.__SLIDEV_FEATURE_PRINT__ === 'true')
          await warmUp(server).catch(stopped)
        else
          void firstLoadDone().then(() => warmUp(server)).catch(stopped)
        return listening
      }
    },
  }
}
// ---- end of the warm dev server ----------------------------------------------------------------

export default defineConfig({
  // The check at the door: bad data stops the build and every export, and shows in the dev
  // server's overlay, before anything is served or written. It also writes dist/claims.json.
  plugins: [door(), warmDevServer()],
  optimizeDeps: {
    // Slidev serves its client and some of its dependencies unbundled, so that one copy of each
    // is shared (Vue, the router, ...). Their own dependencies, which share nothing with the deck,
    // would come as ~100 files more; bundled ahead by Vite, the first slide needs 80 fewer requests.
    include: [
      ...['popmotion', 'style-value-types', 'framesync'].map(dep => `@vueuse/motion > ${dep}`),
      ...['generator', 'math', 'renderer'].map(file => `@slidev/rough-notation > roughjs/bin/${file}`),
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
