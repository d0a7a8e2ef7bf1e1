// Slidev merges this file into its own Vite config: the build, the dev server, and the dev server
// that `slidev export` starts. Three small trims, each measured by `npm run bench` (bench/README.md).
import { createRequire } from 'node:module'
import { defineConfig } from 'vite'

const require = createRequire(import.meta.url)

export default defineConfig({
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
  optimizeDeps: {
    // The data's schema library is imported by components behind Slidev's virtual modules, where
    // Vite's dependency scan does not look. Found late, it makes the dev server re-optimise and
    // reload the page mid-export: a 60 s timeout or a blank PDF. Listed here, it is bundled up front.
    include: ['valibot'],
  },
  build: {
    // Vite gzips every chunk only to print their sizes; `npm run bench` measures what is loaded.
    reportCompressedSize: false,
  },
})
