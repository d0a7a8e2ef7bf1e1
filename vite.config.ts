// Slidev merges this file into its own Vite config: the build, the dev server, and the dev server
// that `slidev export` starts. Each line is measured by `npm run bench` (bench/README.md) or
// checked by a test.
import { createRequire } from 'node:module'
import { defineConfig } from 'vite'
import { door } from './scripts/door.ts'

const require = createRequire(import.meta.url)

export default defineConfig({
  // The check at the door: bad data stops the build and every export, and shows in the dev
  // server's overlay, before anything is served or written. It also writes dist/claims.json.
  plugins: [door()],
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
