// A viewer opens the hosted deck with the network off: every slide must render from this
// machine alone, with no request leaving loopback and no error in the console.
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openGuardedPage } from '../support/browser.ts'
import { type DeckSlide, loadDeck } from '../support/deck.ts'
import { DIST, DIST_SUB, SUBPATH } from '../support/global-setup.ts'
import { serveDist, type StaticServer } from '../../scripts/serve.ts'

let browser: Browser
let slides: DeckSlide[]

beforeAll(async () => {
  browser = await launchChromium()
  slides = await loadDeck()
})
afterAll(async () => {
  await browser?.close()
})

describe.each([
  { name: 'root', dir: DIST, base: '/' },
  { name: 'subpath', dir: DIST_SUB, base: SUBPATH },
])('built deck at $name ($base)', ({ dir, base }) => {
  let server: StaticServer
  beforeAll(async () => {
    server = await serveDist(dir, base)
  })
  afterAll(async () => {
    await server?.close()
  })

  it('renders every slide offline, with no external request and no console error', async () => {
    const { page, context, external, errors } = await openGuardedPage(browser)
    try {
      const blank: string[] = []
      for (const slide of slides) {
        await page.goto(`${server.url}${slide.no}`, { waitUntil: 'networkidle' })
        const content = page.locator(`.slidev-page-${slide.no}`).first()
        await content.waitFor({ state: 'visible', timeout: 15_000 })
        const text = (await content.innerText()).replace(/\s+/g, ' ')
        if (!text.includes(slide.title.replace(/\s+/g, ' ')))
          blank.push(`slide ${slide.no} "${slide.title}": shows "${text.slice(0, 80)}"`)
      }
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
      const requested: string[] = []
      page.on('request', r => requested.push(new URL(r.url()).pathname))
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
})
