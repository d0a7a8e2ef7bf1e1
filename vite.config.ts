// Slidev merges this file into its own Vite config (https://sli.dev/custom/config-vite): the build
// and the dev server. The deck's own plugins, one per file in vite/, listed here.
import { createRequire } from 'node:module'
import { defineConfig } from 'vite'
import { deckCheck } from './vite/check.ts'
import { claimsFiles } from './vite/claims.ts'
import { leaveOutUnused, preloadFirstSlide } from './vite/first-load.ts'
import { siteModule } from './vite/site.ts'

const require = createRequire(import.meta.url)

export default defineConfig({
  plugins: [
    // Bad data or slides stop the build, and show in the dev server's overlay.
    deckCheck(),
    // claims.json and claim-review.json beside the built deck, the reviews in index.html too.
    claimsFiles(),
    // The talk's public address and its QR code, for the closing slide.
    siteModule(),
    // The audience's first load, trimmed (README, "What the build leaves out").
    leaveOutUnused(),
    preloadFirstSlide(),
  ],
  resolve: {
    alias: [
      // Slidev aliases `vue` to Vue's full build, which carries the template compiler for templates
      // written as strings. This deck has none (every template is compiled at build time), so the
      // runtime-only build serves: the compiler stays out of the first load. A project's aliases
      // come before Slidev's. https://vuejs.org/guide/scaling-up/tooling#note-on-in-browser-template-compilation
      { find: /^vue$/, replacement: require.resolve('vue/dist/vue.runtime.esm-bundler.js') },
    ],
  },
  build: {
    // Vite gzips every chunk only to print its size; `npm run bench` measures what is loaded.
    reportCompressedSize: false,
    // Its plugin-timing report names Slidev's and Vite's plugins: nothing a speaker can act on.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
})
