// Handout.vue to HTML, with Vue's server renderer. Loaded through Vite's module runner with the
// Vue plugin (export/handout.ts), since Node alone cannot import a .vue file.
import type { HandoutModel } from './model.ts'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import Handout from './Handout.vue'

export function renderHandout(model: HandoutModel): Promise<string> {
  return renderToString(createSSRApp(Handout, { model }))
}
