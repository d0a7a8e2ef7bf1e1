// Real Chromium for the browser tests: one browser for the whole run (launched by
// tests/support/global-setup.ts, each test file connects), pages that record every request that
// would leave this machine (the browser resolves no host name but loopback, so none gets out)
// and every console error.
// Requests are recorded, not intercepted: interception turns the browser's cache off, and the
// tests load the deck hundreds of times.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { inject } from 'vitest'
import { CHROMIUM_ARGS, findChromium, isLoopback, LOOPBACK_ONLY } from '../../lib/browser.ts'

/** The run's browser, for tests/support/global-setup.ts. */
export function launchTestBrowser() {
  return chromium.launchServer({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, LOOPBACK_ONLY] })
}

/** A connection to the run's browser; closing it closes what this file opened. */
export function connectTestBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'))
}

export interface GuardedPage {
  page: Page
  context: BrowserContext
  /** URLs the page tried to fetch outside loopback (none was reached). */
  external: string[]
  /** Console errors and uncaught exceptions, in order. */
  errors: string[]
}

export async function openGuardedPage(browser: Browser, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: options.colorScheme ?? 'light' })
  const external: string[] = []
  context.on('request', (r) => {
    if (!isLoopback(r.url()))
      external.push(r.url())
  })
  const errors: string[] = []
  context.on('weberror', e => errors.push(`uncaught: ${e.error().message}`))
  const page = await context.newPage()
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      errors.push(`console: ${msg.text()}`)
  })
  return { page, context, external, errors }
}

/** The path of every request the page makes from now on, in order (the array fills as it goes). */
export function requestedPaths(page: Page): string[] {
  const paths: string[] = []
  page.on('request', r => paths.push(new URL(r.url()).pathname))
  return paths
}
