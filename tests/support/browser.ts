// Real Chromium for the browser tests, with a guard that blocks and records every request that
// would leave this machine, and a record of console errors.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { blockExternal, CHROMIUM_ARGS, findChromium } from '../../lib/browser.ts'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
}

export interface GuardedPage {
  page: Page
  context: BrowserContext
  /** URLs the page tried to fetch outside loopback (all were blocked). */
  external: string[]
  /** Console errors and uncaught exceptions, in order. */
  errors: string[]
}

export async function openGuardedPage(browser: Browser, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: options.colorScheme ?? 'light' })
  const external = await blockExternal(context)
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
