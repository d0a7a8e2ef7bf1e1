// Slidev merges this file into its own Vite config: the build, the dev server, and the dev server
// that `slidev export` starts: the check at the door, a warm-up for the dev server, and small
// trims, each measured by `npm run bench` (bench/README.md) or checked by a test.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import { door } from './scripts/door.ts'
import { leaveOutUnusedDirectives, preloadFirstSlide } from './scripts/first-load.ts'
import { warmDevServer } from './scripts/warm-dev-server.ts'

const require = createRequire(import.meta.url)

// ---- The dev server (`npm run dev`) ------------------------------------------------------------
// Its warm-up is in scripts/warm-dev-server.ts; here, two trims.
//
// The dev server inlines a source map into every script it sends (and makes one up for each
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
// ---- end of the dev server --------------------------------------------------------------------

export default defineConfig({
  // The check at the door: bad data stops the build and every export, and shows in the dev
  // server's overlay, before anything is served or written. It also writes dist/claims.json.
  // Then the dev server's warm-up and trims (above) and the audience's first load
  // (scripts/first-load.ts).
  plugins: [door(), warmDevServer(), noDevSourceMaps(), noUnusedPrebundles(), leaveOutUnusedDirectives(), preloadFirstSlide()],
  slidev: {
    unocss: {
      // UnoCSS also reads the deck's own sources (and the theme's layouts) at start, so that the
      // stylesheet the dev server first sends already has every rule the slides use: without this
      // it found them one slide at a time, as the warm-up compiled each, and had the browser reload
      // the stylesheet each time (scripts/warm-dev-server.ts). The build finds the same words in
      // the same files: its stylesheet is byte for byte what it was.
      content: {
        filesystem: ['*.vue', '{components,layouts}/**/*.vue', 'node_modules/@slidev/theme-default/{layouts,components}/**/*.vue'],
        // The slides without their notes: the notes (the essay) are most of the file, style nothing,
        // and parsing their words took UnoCSS a third of a second.
        inline: [() => readFileSync(fileURLToPath(new URL('slides.md', import.meta.url)), 'utf8').replace(/<!--[\s\S]*?-->/g, '')],
      },
    },
  },
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
