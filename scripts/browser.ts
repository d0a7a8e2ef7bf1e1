// Finds a Chromium for export and tests, in a fixed order, and says how to get one when none is found.
// Playwright's own download cannot run on machines without internet, so a system Chromium is a
// first-class choice here, not a fallback of last resort.
import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import type { BrowserContext } from 'playwright-chromium'

/** Flags that let Chromium start as root in a container and keep it off the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
]

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError'
}

export const NO_BROWSER_HELP = [
  'No Chromium found for PDF export and browser tests.',
  'Looked for: $CHROMIUM_PATH, Playwright\'s own Chromium, then a system Chromium',
  `(${SYSTEM_CANDIDATES.join(', ')}, or chromium / chromium-browser / google-chrome on PATH).`,
  'Fix: install one, e.g. `sudo apt-get install chromium` (Debian/Ubuntu) or',
  '`npx playwright install chromium` (needs internet), or point CHROMIUM_PATH at a Chrome/Chromium binary.',
].join('\n')

function playwrightChromium(): string | undefined {
  try {
    // playwright-chromium knows where its own download would live; it is absent when the
    // download was skipped, which is the normal case here.
    const path = createRequire(import.meta.url)('playwright-chromium').chromium.executablePath() as string
    return path && existsSync(path) ? path : undefined
  }
  catch {
    return undefined
  }
}

function onPath(names: string[]): string | undefined {
  for (const name of names) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
      if (found)
        return found
    }
    catch {}
  }
  return undefined
}

/** The browser to use: CHROMIUM_PATH, then Playwright's, then the system's. Throws with the fix when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv) {
    if (existsSync(fromEnv))
      return fromEnv
    throw new BrowserNotFoundError(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.\n${NO_BROWSER_HELP}`)
  }
  const found = playwrightChromium()
    ?? SYSTEM_CANDIDATES.find(p => existsSync(p))
    ?? onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'])
  if (!found)
    throw new BrowserNotFoundError(NO_BROWSER_HELP)
  return found
}

/** For command-line scripts: the browser, or the help text and exit code 1 (no stack trace). */
export function findChromiumOrExit(): string {
  try {
    return findChromium()
  }
  catch (e) {
    if (e instanceof BrowserNotFoundError) {
      console.error(`\n${e.message}\n`)
      process.exit(1)
    }
    throw e
  }
}

/** True for URLs that stay on this machine: loopback hosts, and data:, blob:, about:, file:. */
export function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  if (['data:', 'blob:', 'about:', 'file:'].includes(protocol))
    return true
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname)
}

/** Blocks every request of `context` that would leave this machine; returns the list it fills. */
export async function blockExternal(context: BrowserContext): Promise<string[]> {
  const external: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (isLoopback(url))
      return route.continue()
    external.push(url)
    return route.abort('blockedbyclient')
  })
  return external
}
