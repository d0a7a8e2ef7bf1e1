// One build, one static server, one Chromium and one loaded deck for the PDF exports: the slide
// PDF, the audience handout and the speaker notes, all from one session.
//
// The deck is loaded once in Slidev's print mode on the play route (`/1?print`: every slide
// rendered, every click revealed). Each rendered slide is then copied into a static "sheet"
// (its DOM, with the deck's own stylesheets and fonts still in the document) and the app is
// removed, so every PDF is the deck's real DOM printed by Chromium: vector text, tagged.
// Slidev's /print route is not in a plain `slidev build` (it needs `download: true`), and a
// slide shown in an iframe keeps its text but loses its tags in Chromium's PDF.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { DeckSlide } from '../lib/deck.ts'
import type { StaticServer } from '../lib/serve.ts'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-chromium'
import { checkDeck, report } from '../check/index.ts'
import { blockExternal, CHROMIUM_ARGS, findChromium } from '../lib/browser.ts'
import { buildDeck } from '../lib/build.ts'
import { deckSlides, loadSlidevData } from '../lib/deck.ts'
import { serveDist } from '../lib/serve.ts'
import { formatSlideErrors, overflowFindings, settleSlide, slideErrors, SlideShowsError } from '../lib/slide.ts'

export interface SessionOptions {
  root: string
  /** An existing build of this deck (at `base`); without it the deck is built into a temporary folder. */
  dist?: string
  /** The path the build is made for and served under (default "/"). */
  base?: string
  /** Print the deck's dark theme (the slide PDF only: paper is white). */
  dark?: boolean
}

export interface PrintedSlide extends DeckSlide {
  /** The `data-cites` keys its components render, in DOM order, each once. */
  cites: string[]
  /** A slide that lists sources (<SourceList>): the handout prints one bibliography instead. */
  reference: boolean
}

export interface LoadedDeck {
  /** The page holding the deck's sheets; each export lays out its own document in it. */
  page: Page
  slides: PrintedSlide[]
  title: string
  lang: string
  headmatter: Record<string, unknown>
  /** Slide size in CSS pixels (Slidev's canvas). */
  width: number
  height: number
}

export interface ExportSession {
  /** The deck, loaded on first call (with `slide k of n` progress), the same one afterwards. */
  deck: () => Promise<LoadedDeck>
  close: () => Promise<void>
}

function build(root: string, outDir: string, base: string) {
  const started = Date.now()
  console.log('Building the deck …')
  const status = buildDeck(root, outDir, base === '/' ? [] : ['--base', base])
  if (status !== 0)
    throw new Error(`the build failed (exit ${status}, above)`)
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

export async function openExportSession({ root, dist, base = '/', dark = false }: SessionOptions): Promise<ExportSession> {
  // The check at the door, before a browser starts or a build begins; a --dist build is checked
  // too, since the data may have changed since it was built.
  const { problems } = await checkDeck(root)
  if (problems.length)
    throw new Error(report(problems, 'nothing was exported.').trim())
  // The browser first: without one there is no point in building.
  const executablePath = findChromium()
  if (dist && !existsSync(join(resolve(root, dist), 'index.html')))
    throw new Error(`--dist ${dist}: no index.html there; build the deck first (npm run build -- --out ${dist})`)
  const work = mkdtempSync(join(tmpdir(), 'deck-export-'))
  const distDir = dist ? resolve(root, dist) : join(work, 'dist')
  let server: StaticServer | undefined
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  let external: string[] = []
  let loaded: Promise<LoadedDeck> | undefined
  try {
    if (!dist)
      build(root, distDir, base)
    server = await serveDist(distDir, base)
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    context = await browser.newContext({ viewport: { width: 980, height: 552 }, colorScheme: dark ? 'dark' : 'light' })
    external = await blockExternal(context)
  }
  catch (e) {
    await browser?.close()
    await server?.close()
    rmSync(work, { recursive: true, force: true })
    throw e
  }
  console.log(`Printing with ${executablePath}`)

  return {
    deck: () => loaded ??= loadDeckSheets(root, context!, server!.url, external),
    close: async () => {
      await browser!.close()
      await server!.close()
      rmSync(work, { recursive: true, force: true })
    },
  }
}

/** `external`: what the deck asked for outside loopback so far (blocked), filled as it loads. */
async function loadDeckSheets(root: string, context: BrowserContext, url: string, external: readonly string[]): Promise<LoadedDeck> {
  const data = await loadSlidevData(root)
  const deck = deckSlides(data)
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error')
      console.warn(`  ! console error: ${m.text().split('\n')[0]}`)
  })
  page.on('pageerror', e => console.warn(`  ! page error: ${e.message}`))
  await page.goto(`${url}1?print`, { waitUntil: 'load', timeout: 60_000 })
  const n = deck.length
  // What cannot be printed as it is, slide by slide: a slide that shows an error instead of itself,
  // whatever the cause, and content past a slide's edge, which every page printed would cut off.
  const refused: string[] = []
  for (const s of deck) {
    // A slide that only never finishes gets one line too, not a browser stack trace.
    await settleSlide(page, s.no, 30_000, 'attached').catch((e: Error) => {
      if (!(e instanceof SlideShowsError))
        throw new Error(`slide ${s.no} ("${s.title}") did not finish rendering within 30 s; open it in \`npm run dev\` to see why`)
    })
    console.log(`slide ${s.no} of ${n}: ${s.title}`)
  }

  const sheets = await page.evaluate(detachSlides)
  if (sheets.slides.length !== n)
    throw new Error(`the built deck rendered ${sheets.slides.length} slides, slides.md has ${n}: is the build (--dist) out of date?`)
  const errors = slideErrors(sheets.slides.map(s => s.text))
  if (errors.length)
    refused.push(formatSlideErrors(errors))
  for (const s of sheets.slides.filter(s => s.blank))
    refused.push(`slide ${s.no}: shows nothing, and would print as a blank page`)
  // What the deck asked the web for, blocked, would print as a gap: each by the slide that shows it.
  for (const asked of new Set(external)) {
    const on = await page.evaluate(u => [...document.querySelectorAll<HTMLElement>('#deck-sheets > .deck-sheet')]
      .filter(s => s.innerHTML.includes(u))
      .map(s => s.dataset.slide), asked)
    refused.push(`${on.length ? on.map(no => `slide ${no}`).join(', ') : 'the deck'}: loads ${asked} from the web, which the export blocks (the deck must work offline): save the file in public/ and link it as /name`)
  }
  // Each sheet measured laid out, as the slide PDF prints it.
  await page.evaluate(() => document.getElementById('export-doc')!.append(...[...document.querySelectorAll('#deck-sheets > .deck-sheet')].map(s => s.cloneNode(true))))
  for (const s of deck.filter(s => !errors.some(e => e.slide === s.no)))
    refused.push(...await overflowFindings(page, s.no, `#export-doc .slidev-page-${s.no}`))
  await page.evaluate(() => document.getElementById('export-doc')!.replaceChildren())
  if (refused.length)
    throw new Error(`slides that cannot be printed as they are:\n${refused.join('\n')}\nOpen each in \`npm run dev\`: fix what shows an error; shorten what does not fit, or move part of it to a slide of its own.`)
  const headmatter = data.headmatter ?? {}
  return {
    page,
    slides: deck.map((s, i) => ({
      ...s,
      cites: sheets.slides[i]!.cites,
      reference: /<SourceList\b/.test(s.content),
    })),
    title: String(headmatter.title ?? deck[0]?.title ?? ''),
    lang: String(headmatter.lang ?? 'en'),
    headmatter,
    width: sheets.width,
    height: sheets.height,
  }
}

/**
 * In the page: copies each rendered slide into `<div class="deck-sheet" data-slide="N">` (kept in
 * a hidden `#deck-sheets`), removes the app and Slidev's print page rule, and adds an empty
 * `<main id="export-doc">` for the documents. The copies keep their classes and scoped-style
 * attributes, so the deck's stylesheets style them as before.
 */
function detachSlides() {
  const content = document.querySelector<HTMLElement>('#slide-content')!
  const width = Number.parseFloat(content.style.width) || content.offsetWidth
  const height = Number.parseFloat(content.style.height) || content.offsetHeight
  // What a slide inherits from the app around it; a copy placed in another document gets the same.
  const around = getComputedStyle(document.querySelector('#slideshow') ?? content)
  const inherited = ['font-family', 'font-size', 'line-height', 'color', 'font-weight', 'letter-spacing', 'text-align']
    .map(p => `${p}:${around.getPropertyValue(p)}`)
    .join(';')
  const background = getComputedStyle(content).backgroundColor
  const holder = document.createElement('div')
  holder.id = 'deck-sheets'
  holder.hidden = true
  const slides: { no: number, cites: string[], text: string, blank: boolean }[] = []
  const rendered = [...document.querySelectorAll<HTMLElement>('#slideshow > .slidev-page')]
    .sort((a, b) => Number(a.dataset.slidevNo) - Number(b.dataset.slidevNo))
  for (const slide of rendered) {
    const no = Number(slide.dataset.slidevNo)
    const copy = slide.cloneNode(true) as HTMLElement
    copy.style.removeProperty('display')
    copy.style.removeProperty('user-select')
    const sheet = document.createElement('div')
    sheet.className = 'deck-sheet'
    sheet.dataset.slide = String(no)
    sheet.style.cssText = `width:${width}px;height:${height}px;${inherited};background:${background}`
    sheet.append(copy)
    holder.append(sheet)
    slides.push({
      no,
      cites: [...new Set([...copy.querySelectorAll('[data-cites]')]
        .flatMap(e => (e.getAttribute('data-cites') ?? '').split(/\s+/))
        .filter(Boolean))],
      text: (copy.textContent ?? '').replace(/\s+/g, ' '),
      blank: !copy.textContent?.trim() && !copy.querySelector('img, svg, video, canvas, iframe, picture'),
    })
  }
  document.getElementById('app')?.remove()
  // setup/main.ts's print-wait marker (it waits for Slidev's /print view, not this one).
  for (const marker of document.querySelectorAll('body > .slidev-slide-loading'))
    marker.remove()
  for (const style of document.querySelectorAll('style')) {
    if (/@page\s*\{/.test(style.textContent ?? ''))
      style.remove()
  }
  document.body.append(holder)
  const main = document.createElement('main')
  main.id = 'export-doc'
  document.body.append(main)
  const extra = document.createElement('style')
  extra.id = 'export-style'
  document.head.append(extra)
  return { width, height, slides }
}
