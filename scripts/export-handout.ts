// `npm run export:handout` → exports/handout.pdf: an A4 handout a speaker can hand out or read from.
// A cover, then for each slide: its image in the final click state, its speaker notes as real text,
// and the sources it cites; the deck title and "Page k of n" in the footer.
//
// `npm run export:notes` (this script with --notes-only) → exports/notes.pdf: the same pages without
// the slide images and without building the deck (titles and notes only).
//
// How: build the deck into a temporary directory, serve it on 127.0.0.1, open each slide in
// Slidev's print mode (`/N?print`: every click revealed), screenshot it and read the `data-cites`
// keys its components carry; resolve those via data/sources.ts; print one HTML document to PDF.
// The browser is the one findChromium() finds; no request may leave loopback.
//
// Options: --output <file>, --notes-only, --dist <dir> (use an existing build of this deck at base "/").
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { chromium, type Page } from 'playwright-chromium'
import { serveDist } from './serve.ts'
import { blockExternal, CHROMIUM_ARGS, findChromiumOrExit } from './browser.ts'
import { citesOnSlide, settleSlide } from './slide.ts'
import { checkDeck, report } from './door.ts' // issue 11
import { formatSlideErrors, slideErrorOnPage } from './slide-errors.ts' // issue 11
import { loadHandoutDeck } from './handout/deck.ts'
import { type HandoutPage, type HandoutSource, handoutHtml } from './handout/html.ts'

export const HANDOUT_PDF = 'exports/handout.pdf'
export const NOTES_PDF = 'exports/notes.pdf'

const { values: opts } = parseArgs({
  options: {
    'output': { type: 'string' },
    'notes-only': { type: 'boolean', default: false },
    'dist': { type: 'string' },
  },
})

const root = process.cwd()
const notesOnly = opts['notes-only']!
const output = resolve(root, opts.output ?? (notesOnly ? NOTES_PDF : HANDOUT_PDF))

type SourcesFor = (keys: readonly string[]) => HandoutSource[]

/** data/sources.ts's sourcesFor, or undefined (with a warning) while that module is missing or broken. */
async function loadSourcesFor(): Promise<SourcesFor | undefined> {
  const file = resolve(root, 'data/sources.ts')
  if (!existsSync(file)) {
    console.warn('! data/sources.ts not found: cited keys are listed without titles')
    return undefined
  }
  try {
    const mod = await import(pathToFileURL(file).href) as { sourcesFor?: SourcesFor }
    if (typeof mod.sourcesFor !== 'function')
      throw new Error('it exports no sourcesFor()')
    return mod.sourcesFor
  }
  catch (e) {
    console.warn(`! data/sources.ts could not be used (${(e as Error).message}): cited keys are listed without titles`)
    return undefined
  }
}

function build(outDir: string) {
  console.log('Building the deck …')
  const run = spawnSync('npx', ['slidev', 'build', '--out', outDir], { cwd: root, encoding: 'utf8' })
  if (run.status !== 0) {
    console.error(`slidev build failed (${run.status}):\n${run.stdout}\n${run.stderr}`)
    process.exit(1)
  }
}

/** Opens slide `no` in print mode, waits until it has rendered, returns its cite keys. */
async function openSlide(page: Page, base: string, no: number): Promise<string[]> {
  await page.goto(`${base}${no}?print&range=${no}`, { waitUntil: 'load', timeout: 60_000 })
  await settleSlide(page, no, 20_000)
  return citesOnSlide(page, no)
}

async function main() {
  const started = Date.now()
  // issue 11: the check at the door, also for --notes-only, which builds nothing.
  const { problems } = await checkDeck(root)
  if (problems.length) {
    console.error(report(problems, 'nothing was exported.'))
    process.exit(1)
  }
  const deck = await loadHandoutDeck(root)
  const n = deck.slides.length
  const sourcesFor = notesOnly ? undefined : await loadSourcesFor()
  const work = mkdtempSync(join(tmpdir(), 'handout-'))
  const executablePath = findChromiumOrExit()
  console.log(`${notesOnly ? 'Notes' : 'Handout'} for ${n} slides, with ${executablePath}`)

  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  // Requests blocked for leaving this machine, per browser context; any of them fails the export.
  const blockedLists: string[][] = []
  const pages: HandoutPage[] = []
  let server: Awaited<ReturnType<typeof serveDist>> | undefined
  try {
    if (notesOnly) {
      for (const s of deck.slides)
        pages.push({ ...s, sources: [], unresolved: [] })
    }
    else {
      const dist = opts.dist ? resolve(root, opts.dist) : join(work, 'dist')
      if (!opts.dist)
        build(dist)
      server = await serveDist(dist, '/')
      const context = await browser.newContext({ viewport: { width: 980, height: 552 }, deviceScaleFactor: 2, colorScheme: 'light' })
      blockedLists.push(await blockExternal(context))
      const page = await context.newPage()
      page.on('console', (m) => {
        if (m.type() === 'error')
          console.warn(`  ! console error: ${m.text()}`)
      })
      for (const s of deck.slides) {
        console.log(`slide ${s.no} of ${n}: ${s.title}`)
        const keys = await openSlide(page, server.url, s.no)
        // issue 11: a slide showing an error instead of itself stops the export before any PDF is written.
        const broken = await slideErrorOnPage(page, s.no)
        if (broken) {
          console.error(`\n✗ No PDF written.\n${formatSlideErrors([broken])}\n`)
          process.exitCode = 1
          return
        }
        const file = join(work, `slide-${String(s.no).padStart(3, '0')}.png`)
        await page.locator('#slide-content').screenshot({ path: file, animations: 'disabled' })
        const sources = sourcesFor ? sourcesFor(keys).map(({ title, url }) => ({ title, url })) : []
        // Keys that no source answers for are shown as keys: a citation should never vanish silently.
        const unresolved = sourcesFor
          ? keys.filter(k => sourcesFor([k]).length === 0)
          : keys
        if (sourcesFor && unresolved.length)
          console.warn(`  ! slide ${s.no}: no source for ${unresolved.join(', ')}`)
        pages.push({ ...s, image: pathToFileURL(file).href, sources, unresolved })
      }
      await context.close()
    }

    const htmlFile = join(work, 'handout.html')
    writeFileSync(htmlFile, handoutHtml(deck.cover, pages))
    const context = await browser.newContext({ colorScheme: 'light' })
    blockedLists.push(await blockExternal(context))
    const page = await context.newPage()
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    mkdirSync(dirname(output), { recursive: true })
    await page.pdf({
      path: output,
      format: 'A4',
      printBackground: true,
      // The page size, margins and footer (title, "Page k of n") come from the document's @page rule:
      // see handout/html.ts for why the footer is not a footerTemplate.
      preferCSSPageSize: true,
      outline: true,
      tagged: true,
    })
    await context.close()
  }
  finally {
    await browser.close()
    await server?.close()
    rmSync(work, { recursive: true, force: true })
  }

  const external = blockedLists.flat()
  if (external.length) {
    console.error(`Requests outside loopback were blocked:\n${external.join('\n')}`)
    process.exit(1)
  }
  const pdfPages = pageCountOf(output)
  console.log(`\n${relative(root, output)}: ${pdfPages ?? '?'} pages, ${statSync(output).size} bytes (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

/** Page count via poppler's pdfinfo when it is installed; the PDF does not depend on it. */
function pageCountOf(file: string): number | undefined {
  const run = spawnSync('pdfinfo', [file], { encoding: 'utf8' })
  const m = run.stdout?.match(/^Pages:\s+(\d+)/m)
  return m ? Number(m[1]) : undefined
}

await main()
