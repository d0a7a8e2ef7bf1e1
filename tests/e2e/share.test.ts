// After the talk: the folder `npm run export:site` writes (tests/support/global-setup.ts makes it
// under SUBPATH, from a copy of the deck whose headmatter says `site: SITE`), served as a host
// would serve it. The closing slide shows the address and its QR code and links to both PDFs, the
// handout page and the fact checks; everything opens under the subpath with no request leaving
// the host; the QR codes on the closing slide and the handout's cover read back as the address
// (zbarimg; the cover drawn by pdftoppm); the handout page is the PDF's content for a phone; every
// figure in both PDFs has its text alternative. Without `site:` (the root build) there is none of
// the QR code and no links.
import type { Browser } from 'playwright-chromium'
import type { StaticServer } from '../../lib/serve.ts'
import type { DeckSlide } from '../support/deck.ts'
import type { Pdf } from '../support/pdf.ts'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allSources } from '../../data/index.ts'
import { audienceNotes } from '../../export/notes.ts'
import { serveDist } from '../../lib/serve.ts'
import { connectTestBrowser, openGuardedPage } from '../support/browser.ts'
import { loadDeck, squash } from '../support/deck.ts'
import { axeViolations, settleSlide } from '../support/gates.ts'
import { DIST, DIST_SUB, SITE, SUBPATH } from '../support/global-setup.ts'
import { readPdf, words } from '../support/pdf.ts'

let browser: Browser
let slides: DeckSlide[]
let last: DeckSlide
const work = mkdtempSync(join(tmpdir(), 'share-test-'))

beforeAll(async () => {
  browser = await connectTestBrowser()
  slides = await loadDeck()
  last = slides.at(-1)!
})
afterAll(async () => {
  await browser?.close()
  rmSync(work, { recursive: true, force: true })
})

/** What zbarimg reads in an image: one line per code, as "QR-Code:<text>". */
function readQr(png: string): string[] {
  return execFileSync('zbarimg', ['--quiet', png], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')
}

describe(`npm run export:site -- --base ${SUBPATH}, with site: ${SITE}`, () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await serveDist(DIST_SUB, SUBPATH)
  })
  afterAll(async () => {
    await server?.close()
  })

  it('writes one folder: the deck, both PDFs, the handout page and the fact checks', () => {
    const files = ['index.html', 'slides.pdf', 'handout.pdf', 'handout.html', 'claims.json', 'claim-review.json']
    expect(files.filter(f => !existsSync(join(DIST_SUB, f)) || statSync(join(DIST_SUB, f)).size === 0), 'missing or empty').toEqual([])
    expect(existsSync(join(DIST_SUB, '..', '.site.next')), 'nothing half-written left beside it').toBe(false)
  })

  it('links from the closing slide to both PDFs, the handout page and the fact checks, each opening under the subpath, nothing leaving the host', async () => {
    const { page, context, external, errors } = await openGuardedPage(browser)
    try {
      await page.goto(`${server.url}${last.no}`, { waitUntil: 'load' })
      await settleSlide(page, last.no)
      const links = await page.locator(`.slidev-page-${last.no} .share-talk__files a`).evaluateAll(as => as.map(a => ({ text: a.textContent!.trim(), href: (a as HTMLAnchorElement).href })))
      expect(links.map(l => l.text)).toEqual(['Slides (PDF)', 'Handout (PDF)', 'Handout (web page)', 'The fact checks (JSON)'])
      const types: string[] = []
      for (const link of links) {
        expect(link.href.startsWith(server.url), `${link.text}: ${link.href} under ${server.url}`).toBe(true)
        const response = await page.request.get(link.href)
        expect(response.status(), link.href).toBe(200)
        types.push(response.headers()['content-type']!.split(';')[0]!)
      }
      expect(types).toEqual(['application/pdf', 'application/pdf', 'text/html', 'application/json'])
      // The handout page opens from the slide as a reader's click opens it: in a new tab.
      const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Handout (web page)' }).click()])
      await tab.waitForLoadState('load')
      expect(await tab.title()).toMatch(/: handout$/)
      expect(squash(await page.locator(`.slidev-page-${last.no} .share-talk__address`).innerText())).toBe(SITE.replace(/^https:\/\//, '').replace(/\/$/, ''))
      expect(external).toEqual([])
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
    }
  })

  it.each(['light', 'dark'] as const)('shows the address as a QR code on the closing slide, over a quarter of the slide high, that a phone reads (%s)', async (scheme) => {
    const { page, context } = await openGuardedPage(browser, { colorScheme: scheme })
    try {
      await page.setViewportSize({ width: 980, height: 552 })
      await page.goto(`${server.url}${last.no}`, { waitUntil: 'load' })
      await settleSlide(page, last.no)
      const slide = page.locator(`.slidev-page-${last.no}`)
      const qr = slide.locator('.share-talk__qr')
      expect(await qr.getAttribute('aria-label')).toBe(`QR code for ${SITE}`)
      const [box, slideBox] = [await qr.boundingBox(), await slide.boundingBox()]
      expect(box!.height / slideBox!.height).toBeGreaterThanOrEqual(0.25)
      const png = join(work, `closing-${scheme}.png`)
      writeFileSync(png, await slide.screenshot())
      expect(readQr(png)).toEqual([`QR-Code:${SITE}`])
    }
    finally {
      await context.close()
    }
  })

  describe('the PDFs in the folder', () => {
    let slidesPdf: Pdf
    let handoutPdf: Pdf
    beforeAll(async () => {
      [slidesPdf, handoutPdf] = await Promise.all([readPdf(join(DIST_SUB, 'slides.pdf')), readPdf(join(DIST_SUB, 'handout.pdf'))])
    })

    it('prints the QR code and the address on the handout\'s cover, where a phone reads it', () => {
      execFileSync('pdftoppm', ['-r', '100', '-f', '1', '-l', '1', '-png', '-singlefile', join(DIST_SUB, 'handout.pdf'), join(work, 'cover')])
      expect(readQr(join(work, 'cover.png'))).toEqual([`QR-Code:${SITE}`])
      expect(handoutPdf.pages[0]!.replace(/\s+/g, '')).toContain(SITE)
    })

    it('gives every Figure in both PDFs its text alternative (/Alt)', () => {
      for (const [name, pdf] of [['slides.pdf', slidesPdf], ['handout.pdf', handoutPdf]] as const) {
        const figures = pdf.elements.flat().filter(e => e.role === 'Figure')
        expect(figures.length, `${name}: figures`).toBeGreaterThan(0)
        expect(figures.filter(f => !f.alt).map(f => f.text.slice(0, 60)), `${name}: figures without /Alt`).toEqual([])
        expect(figures.map(f => f.alt), `${name}: the QR code's`).toContain(`QR code for ${SITE}`)
      }
      // The handout's slides are named as the slide they show.
      const named = handoutPdf.elements.flat().filter(e => e.role === 'Figure' && /^Slide \d+: /.test(e.alt)).map(e => e.alt)
      expect(named).toContain(`Slide ${last.no}: ${last.title}`)
    })
  })

  it('serves the handout as a web page with the PDF\'s content, readable on a phone: headings, landmarks, no sideways scrolling, axe clean', async () => {
    const { page, context, external, errors } = await openGuardedPage(browser)
    try {
      await page.setViewportSize({ width: 390, height: 844 })
      await page.goto(`${server.url}handout.html`, { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(390)
      expect(await page.locator('main').count()).toBe(1)
      expect(await page.locator('script').count(), 'a page without scripts').toBe(0)
      // The deck's icon, from the folder: without one a browser asks the host's root for /favicon.ico.
      const icon = await page.locator('link[rel~="icon"]').getAttribute('href')
      expect(icon, 'the icon, relative to the page').toMatch(/^[^/]+$/)
      expect((await page.request.get(new URL(icon!, page.url()).href)).status()).toBe(200)
      // Every printed slide (not the cover, not the reference slides) as a section with its
      // heading, in order, with the essay's text for it; the bibliography and the ledger after.
      const printed = slides.slice(1).filter(s => !/<SourceList\b/.test(s.content))
      const headings = await page.locator('main h2').allInnerTexts()
      expect(headings.map(squash)).toEqual([...printed.map(s => squash(s.title)), 'Sources', 'Claims ledger'])
      const text = words(await page.locator('main').innerText())
      expect(printed.filter(s => !text.includes(words(audienceNotes(s.notes)))).map(s => `slide ${s.no}`), 'notes missing').toEqual([])
      expect(await page.locator('.bibliography > li').count()).toBe(allSources.length)
      expect(text).toContain(words(SITE))
      expect(await axeViolations(page, 'html')).toEqual([])
      expect(external).toEqual([])
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
    }
  })
})

describe('npm run build, without site: in the headmatter', () => {
  it('shows no QR code and no links on the closing slide, and says where the handout is', async () => {
    const server = await serveDist(DIST, '/')
    const { page, context, errors } = await openGuardedPage(browser)
    try {
      await page.goto(`${server.url}${last.no}`, { waitUntil: 'load' })
      await settleSlide(page, last.no)
      const slide = page.locator(`.slidev-page-${last.no}`)
      expect(await slide.locator('.share-talk__qr, .share-talk a').count()).toBe(0)
      expect(squash(await slide.innerText())).toContain('The handout has every slide')
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
      await server.close()
    }
  })
})
