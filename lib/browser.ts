// Finds a Chromium for export and tests, in a fixed order, and says how to get one when none is found:
// on Linux, macOS and Windows, Google Chrome, Chromium or Microsoft Edge where their installers put
// them. Playwright's own download cannot run on machines without internet, so an installed browser
// is a first-class choice here, not a fallback of last resort. Our own table, because Playwright
// finds Chrome and Edge only by launching them, and chrome-launcher finds no Edge.
import type { BrowserContext } from 'playwright-chromium'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { posix, win32 } from 'node:path'
import process from 'node:process'

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

/** A flag that keeps a browser on this machine: every host name but loopback resolves to nothing. */
export const LOOPBACK_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError'
}

/** What the lookup may look at: passed in, so tests can play any platform without its files. */
export interface LookupContext {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  exists: (path: string) => boolean
  /** Where Playwright's own Chromium would be (it is there only if someone downloaded it). */
  playwrightPath?: string
}

/** A variable from `env`; on Windows names are case-insensitive (`ProgramFiles` = `PROGRAMFILES`). */
function envVar(ctx: Pick<LookupContext, 'platform' | 'env'>, name: string): string | undefined {
  if (ctx.platform !== 'win32')
    return ctx.env[name] || undefined
  const key = Object.keys(ctx.env).find(k => k.toLowerCase() === name.toLowerCase())
  return key ? ctx.env[key] || undefined : undefined
}

/**
 * A browser's standard install places on this platform, in the order they are tried: Google
 * Chrome, then Chromium, then Microsoft Edge (on Linux, Debian's `chromium` first: it is what the
 * tests run on).
 */
function standardPlaces(ctx: Pick<LookupContext, 'platform' | 'env'>): string[] {
  if (ctx.platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]
    const home = envVar(ctx, 'HOME')
    return [
      ...apps.map(app => `/Applications/${app}`),
      ...(home ? apps.map(app => posix.join(home, 'Applications', app)) : []),
    ]
  }
  if (ctx.platform === 'win32') {
    const roots = ['ProgramFiles', 'ProgramFiles(x86)', 'LocalAppData'].map(v => envVar(ctx, v)).filter(r => r !== undefined)
    return [
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ].flatMap(exe => roots.map(root => win32.join(root, exe)))
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
  ]
}

/** Command names looked up on PATH when no standard place has a browser. */
function commandNames(platform: NodeJS.Platform): string[] {
  return platform === 'win32'
    ? ['chrome.exe', 'msedge.exe']
    : ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge']
}

function onPath(ctx: LookupContext): string | undefined {
  const { delimiter, join } = ctx.platform === 'win32' ? win32 : posix
  const dirs = (envVar(ctx, 'PATH') ?? '').split(delimiter).filter(Boolean)
  for (const name of commandNames(ctx.platform)) {
    for (const dir of dirs) {
      const candidate = join(dir, name)
      if (ctx.exists(candidate))
        return candidate
    }
  }
  return undefined
}

/** The paragraph a user without a browser gets: where we looked, and how to get one on their system. */
function noBrowserHelp(ctx: Pick<LookupContext, 'platform' | 'env'>): string {
  const fixes: Partial<Record<NodeJS.Platform, string>> = {
    darwin: 'Fix: install Google Chrome (https://www.google.com/chrome/) or Microsoft Edge, or `brew install --cask chromium`;',
    win32: 'Fix: install Google Chrome (https://www.google.com/chrome/) or Microsoft Edge (https://www.microsoft.com/edge);',
  }
  const fix = fixes[ctx.platform] ?? 'Fix: install one, e.g. `sudo apt-get install chromium` (Debian/Ubuntu);'
  const setPath = ctx.platform === 'win32'
    ? '`$env:CHROMIUM_PATH = "C:\\path\\to\\chrome.exe"` (PowerShell)'
    : '`export CHROMIUM_PATH=/path/to/chrome`'
  return [
    'No Chromium found for PDF export and browser tests (Google Chrome, Chromium or Microsoft Edge).',
    'Looked for, in this order: $CHROMIUM_PATH, Playwright\'s own Chromium, then',
    ...standardPlaces(ctx).map(p => `  ${p}`),
    `and ${commandNames(ctx.platform).join(', ')} on PATH.`,
    fix,
    `or \`npx playwright install chromium\` (needs internet); or point CHROMIUM_PATH at a Chrome, Chromium or Edge binary: ${setPath}.`,
  ].join('\n')
}

/**
 * The browser to use, without touching the machine (everything comes in through `ctx`):
 * CHROMIUM_PATH, then Playwright's own Chromium, then the platform's standard places
 * (standardPlaces), then PATH. Throws BrowserNotFoundError with noBrowserHelp when none is there.
 */
function lookupChromium(ctx: LookupContext): string {
  const fromEnv = envVar(ctx, 'CHROMIUM_PATH')
  if (fromEnv) {
    if (ctx.exists(fromEnv))
      return fromEnv
    throw new BrowserNotFoundError(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.\n${noBrowserHelp(ctx)}`)
  }
  const found = [ctx.playwrightPath, ...standardPlaces(ctx)].find(p => p && ctx.exists(p)) ?? onPath(ctx)
  if (!found)
    throw new BrowserNotFoundError(noBrowserHelp(ctx))
  return found
}

function playwrightChromium(): string | undefined {
  try {
    // playwright-chromium knows where its own download would live; it is absent when the
    // download was skipped, which is the normal case here.
    return createRequire(import.meta.url)('playwright-chromium').chromium.executablePath() as string
  }
  catch {
    return undefined
  }
}

/**
 * The browser on this machine: the real platform, environment and files, unless `machine` says
 * otherwise (the tests play every platform through it).
 */
export function findChromium(machine: Partial<LookupContext> = {}): string {
  return lookupChromium({ platform: process.platform, env: process.env, exists: existsSync, playwrightPath: playwrightChromium(), ...machine })
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
