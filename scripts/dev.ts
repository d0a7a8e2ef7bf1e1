// `npm run dev`: Slidev's dev server (`slidev` with the arguments given), with Node's compile
// cache on. Node then keeps the compiled code of Slidev, Vite and their plugins in
// node_modules/.cache/node and reuses it on the next start instead of compiling it again: the
// first slide comes about half a second sooner (bench/README.md). Slidev does not turn it on.
import { enableCompileCache } from 'node:module'
import { fileURLToPath } from 'node:url'

enableCompileCache(fileURLToPath(new URL('../node_modules/.cache/node', import.meta.url)))
// Slidev's own command, as `slidev` runs it (it reads its arguments from process.argv).
await import(import.meta.resolve('@slidev/cli/bin/slidev.mjs'))
