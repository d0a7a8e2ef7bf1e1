// A viewer opens the deck hosted under a subpath (`npm run build -- --base …`) with the network
// off: every slide (all at once in print mode, and the last by its own URL) must render from this machine alone, with no request
// leaving loopback and no error in the console, and every file must come from under the base.
// (The build at the root is walked the same way, slide by slide and offline, by gates.test.ts.)
import type { Browser } from 'playwright-chromium'
import type { StaticServer } from '../../lib/serve.ts'
import type { DeckSlide } from '../support/deck.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deals } from '../../data/deals.ts'
import { europe } from '../../data/europe.ts'
import { projects } from '../../data/projects.ts'
import { since } from '../../data/since.ts'
import { serveDist } from '../../lib/serve.ts'
import { connectTestBrowser, openGuardedPage, requestedPaths } from '../support/browser.ts'
import { asTyped, loadDeck, squash } from '../support/deck.ts'
import { settleSlide } from '../support/gates.ts'
import { DIST_SUB, SUBPATH } from '../support/global-setup.ts'

let browser: Browser
let slides: DeckSlide[]

beforeAll(async () => {
  browser = await connectTestBrowser()
  slides = await loadDeck()
})
afterAll(async () => {
  await browser?.close()
})

describe(`built deck under a subpath (${SUBPATH})`, () => {
  const base = SUBPATH
  let server: StaticServer
  beforeAll(async () => {
    server = await serveDist(DIST_SUB, base)
  })
  afterAll(async () => {
    await server?.close()
  })

  it('renders every slide offline, with no external request and no console error', async () => {
    const { page, context, external, errors } = await openGuardedPage(browser)
    try {
      const blank: string[] = []
      const check = async (no: number, state: 'visible' | 'attached') => {
        // Rendered, fonts and images loaded (settleSlide), rather than half a second of network
        // silence per slide: a request leaving loopback is recorded whenever it is made.
        await settleSlide(page, no, 15_000, state)
        const text = asTyped(await page.locator(`.slidev-page-${no}`).first().evaluate(e => e.textContent ?? ''))
        const title = slides[no - 1]!.title
        if (!text.includes(squash(title)))
          blank.push(`slide ${no} "${title}": shows "${text.slice(0, 80)}"`)
      }
      // Print mode renders every slide, each fetching its own code: one load walks them all.
      await page.goto(`${server.url}1?print`, { waitUntil: 'load' })
      for (const slide of slides)
        await check(slide.no, 'attached')
      // A slide's own address (a link someone shares) under the base, deep in the deck.
      const last = slides.at(-1)!.no
      await page.goto(`${server.url}${last}`, { waitUntil: 'load' })
      await check(last, 'visible')
      await page.waitForLoadState('networkidle') // late requests too
      expect(blank, 'slides that did not render their title').toEqual([])
      expect(external, 'requests outside loopback').toEqual([])
      expect(errors, 'console errors').toEqual([])
    }
    finally {
      await context.close()
    }
  })

  it('loads its scripts, styles and favicon from under the base path', async () => {
    const { page, context } = await openGuardedPage(browser)
    try {
      const requested = requestedPaths(page)
      await page.goto(`${server.url}1`, { waitUntil: 'networkidle' })
      const outside = requested.filter(p => !p.startsWith(base))
      expect(requested.length).toBeGreaterThan(3)
      expect(outside, 'requests outside the base path').toEqual([])
      const icon = await page.locator('link[rel="icon"]').getAttribute('href')
      expect(icon?.startsWith(base)).toBe(true)
    }
    finally {
      await context.close()
    }
  })

  it('asks for the first slide\'s scripts and fonts at once: index.html lists them all (vite/first-load.ts); the record beyond the claims waits for its slides', async () => {
    const { page, context } = await openGuardedPage(browser)
    try {
      const requested = { script: [] as string[], font: [] as string[] }
      page.on('request', (r) => {
        const type = r.resourceType()
        if (type === 'script' || type === 'font')
          requested[type].push(new URL(r.url()).pathname)
      })
      await page.goto(`${server.url}1`)
      // Scripts up to the moment slide 1 has rendered: three seconds after it starts, Slidev's client
      // fetches every other slide ahead of its turn (SlidesShow.vue), and on a loaded machine that
      // can come before fonts and fades have settled.
      await page.waitForFunction(() => {
        const slide = document.querySelector('.slidev-page-1')
        return !!slide?.querySelector('.slidev-layout') && !slide.querySelector('.slidev-slide-loading') && slide.checkVisibility()
      }, undefined, { timeout: 15_000, polling: 50 })
      const script = [...requested.script]
      await settleSlide(page, 1, 15_000, 'visible') // its fonts loaded too
      const font = [...requested.font]
      // As served: the page's own head gains more links as the client loads.
      const html = await (await fetch(`${server.url}1`)).text()
      const listed = (pattern: RegExp) => [...html.matchAll(pattern)].map(m => m[1]!)
      // Slide 1's own code is among them: the list is not just the client.
      expect(script.filter(p => /\/md-[\w-]+\.js$/.test(p)).length, 'slide chunks loaded before slide 1 showed').toBeGreaterThan(0)
      const scripts = listed(/<(?:script [^>]*src|link rel="modulepreload"[^>]* href)="([^"]+)"/g)
      expect(script.filter(p => !scripts.includes(p)), 'scripts loaded before slide 1 showed that index.html does not list').toEqual([])
      // Slide 2's fact check brings the claims and the source registry; the rest of the record (the
      // projects, deals, European programmes, what changed since) waits for the slides that show it.
      const bodies = await Promise.all(script.map(async p => (await fetch(new URL(p, server.url))).text()))
      const records = [projects[0]!.status, deals[0]!.note, europe[0]!.outcome, since[0]!.detail]
      expect(records.filter(r => bodies.some(b => b.includes(r))), 'records in the first load').toEqual([])
      // Exactly: a font preloaded and not drawn with would be a download for nothing.
      expect(font.sort(), 'fonts slide 1 loaded, against the fonts index.html preloads').toEqual(listed(/<link rel="preload" as="font"[^>]* href="([^"]+)"/g).sort())
    }
    finally {
      await context.close()
    }
  })
})
