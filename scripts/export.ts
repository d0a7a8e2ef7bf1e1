// `npm run export` (the slide PDF), `export:handout` (the audience's handout), `export:notes` (the
// speaker's notes), `export:all` (all three from one build and one browser) and `export:site` (the
// folder to host): the export pipeline (export/) with the products each names. Exit 1 with one
// clear line on failure; a file is written only once everything before it has passed, so a failed
// export leaves the last one.
import type { Product } from '../export/index.ts'
import process from 'node:process'
import { BrowserNotFoundError } from '../lib/browser.ts'
import { parseCommand } from '../lib/command.ts'

const PRODUCTS: Record<string, Product[]> = { slides: ['slides'], handout: ['audience'], notes: ['speaker'], all: ['slides', 'audience', 'speaker'] }

const USAGE = `Usage: npm run export | export:handout | export:notes | export:all | export:site [-- options]

  export            the slide PDF          exports/slides.pdf
  export:handout    the audience's handout exports/handout.pdf
  export:notes      the speaker's notes    exports/notes.pdf
  export:all        all three, from one build
  export:site       the folder to host     exports/site/: the deck, slides.pdf, handout.pdf,
                    handout.html, claims.json and claim-review.json

Options:
  --output <file>   where the PDF goes (one product only)
  --out-dir <dir>   the folder for the PDFs, and for site/ (default exports)
  --dist <dir>      print this build of the deck (at base /) instead of building one
  --base </path/>   export:site: the path the folder will be served under (default /)
  --dark            the slide PDF in the dark scheme
  --help            this text`

const { values: opts, positionals } = parseCommand({
  allowPositionals: true,
  options: {
    'output': { type: 'string' },
    'out-dir': { type: 'string', default: 'exports' },
    'dist': { type: 'string' },
    'base': { type: 'string', default: '/' },
    'dark': { type: 'boolean', default: false },
    'help': { type: 'boolean', short: 'h', default: false },
  },
}, USAGE)
const site = positionals[0] === 'site'
const products = site ? [] : PRODUCTS[positionals[0] ?? 'slides']
if (!products) {
  console.error(`Unknown export "${positionals[0]}": expected ${[...Object.keys(PRODUCTS), 'site'].join(', ')}.\n\n${USAGE}`)
  process.exit(2)
}
if (site && (opts.dist || opts.output)) {
  console.error(`export:site builds the deck for --base itself and writes a folder: --dist and --output do not apply.\n\n${USAGE}`)
  process.exit(2)
}
if (opts.output && products.length > 1) {
  console.error('--output names one file: with export:all, use --out-dir.')
  process.exit(2)
}

const started = Date.now()
try {
  // The pipeline loads Slidev, Vite and Playwright: after the arguments, so that --help answers at once.
  if (site) {
    const { exportSite } = await import('../export/site.ts')
    const base = opts.base.replace(/^\/*/, '/').replace(/\/*$/, '/')
    const folder = await exportSite({ root: process.cwd(), base, out: `${opts['out-dir']}/site`, dark: opts.dark })
    console.log(`${folder}: ready to serve under ${base}`)
  }
  else {
    const { exportDeck, FILE_NAMES } = await import('../export/index.ts')
    const outputs = Object.fromEntries(products.map(p => [p, opts.output ?? `${opts['out-dir']}/${FILE_NAMES[p]}`]))
    await exportDeck({ root: process.cwd(), outputs, dist: opts.dist, dark: opts.dark })
  }
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
catch (e) {
  // The check's report, a slide that failed, no browser: one message, never a stack trace.
  const message = e instanceof Error ? e.message : String(e)
  console.error(e instanceof BrowserNotFoundError ? `\n${message}\n` : `\nExport failed: ${message}`)
  process.exit(1)
}
