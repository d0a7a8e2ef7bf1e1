// Where a speaker's laptop keeps its browser: the lookup finds Google Chrome, Chromium or Microsoft
// Edge in their standard places on Linux, macOS and Windows, in the stated order, and without one
// says where it looked and how to get one. Each platform is played through findChromium's
// arguments (platform, environment, which files exist), so no Mac or Windows machine is needed.
import type { LookupContext } from '../../lib/browser.ts'
import { describe, expect, it } from 'vitest'
import { BrowserNotFoundError, findChromium } from '../../lib/browser.ts'

const MAC_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
const MAC_CHROMIUM = '/Applications/Chromium.app/Contents/MacOS/Chromium'
const MAC_EDGE = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
const WIN_ENV = {
  'ProgramFiles': 'C:\\Program Files',
  'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  'LOCALAPPDATA': 'C:\\Users\\ada\\AppData\\Local', // Windows spells it either way
  'Path': 'C:\\Windows\\system32;C:\\Tools',
}

/** The lookup on `platform` where exactly `files` exist. */
function lookup(platform: NodeJS.Platform, env: Record<string, string>, files: string[], extra: Partial<LookupContext> = {}) {
  const present = new Set(files)
  return findChromium({ platform, env, exists: p => present.has(p), playwrightPath: undefined, ...extra })
}

/** The error a lookup throws (fails the test when it finds something instead). */
function failure(platform: NodeJS.Platform, env: Record<string, string>, files: string[] = []): BrowserNotFoundError {
  try {
    const found = lookup(platform, env, files)
    throw new Error(`expected no browser, found ${found}`)
  }
  catch (e) {
    expect(e).toBeInstanceOf(BrowserNotFoundError)
    return e as BrowserNotFoundError
  }
}

describe('linux', () => {
  const env = { PATH: '/usr/local/bin:/usr/bin', HOME: '/home/ada' }

  it('prefers Debian\'s chromium over Google Chrome', () => {
    expect(lookup('linux', env, ['/usr/bin/google-chrome', '/usr/bin/chromium'])).toBe('/usr/bin/chromium')
    expect(lookup('linux', env, ['/usr/bin/google-chrome-stable'])).toBe('/usr/bin/google-chrome-stable')
  })

  it('falls back to a browser on PATH', () => {
    expect(lookup('linux', env, ['/usr/local/bin/chromium'])).toBe('/usr/local/bin/chromium')
  })

  it('takes CHROMIUM_PATH first, then Playwright\'s own Chromium', () => {
    const pw = '/home/ada/.cache/ms-playwright/chromium-1/chrome-linux/chrome'
    expect(lookup('linux', { ...env, CHROMIUM_PATH: '/opt/c/chrome' }, ['/opt/c/chrome', pw, '/usr/bin/chromium'], { playwrightPath: pw })).toBe('/opt/c/chrome')
    expect(lookup('linux', env, [pw, '/usr/bin/chromium'], { playwrightPath: pw })).toBe(pw)
  })

  it('without a browser: one paragraph with the places it looked and the apt-get fix', () => {
    const { message } = failure('linux', env)
    expect(message).toMatch(/^No Chromium found/)
    expect(message).toContain('/usr/bin/chromium')
    expect(message).toContain('sudo apt-get install chromium')
    expect(message).toContain('npx playwright install chromium')
    expect(message).toContain('CHROMIUM_PATH')
    expect(message).not.toContain('brew')
  })

  it('a CHROMIUM_PATH that points nowhere is an error, even with a browser installed', () => {
    const { message } = failure('linux', { ...env, CHROMIUM_PATH: '/nonexistent/chrome' }, ['/usr/bin/chromium'])
    expect(message).toMatch(/^CHROMIUM_PATH is set to "\/nonexistent\/chrome", but no file is there\./)
  })
})

describe('darwin (macOS)', () => {
  const env = { PATH: '/opt/homebrew/bin:/usr/bin:/bin', HOME: '/Users/ada' }

  it('finds Google Chrome, then Chromium, then Microsoft Edge in /Applications', () => {
    expect(lookup('darwin', env, [MAC_EDGE, MAC_CHROMIUM, MAC_CHROME])).toBe(MAC_CHROME)
    expect(lookup('darwin', env, [MAC_EDGE, MAC_CHROMIUM])).toBe(MAC_CHROMIUM)
    expect(lookup('darwin', env, [MAC_EDGE])).toBe(MAC_EDGE)
  })

  it('finds a browser installed for one user in ~/Applications, after /Applications', () => {
    const mine = '/Users/ada/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(lookup('darwin', env, [mine])).toBe(mine)
    expect(lookup('darwin', env, [mine, MAC_EDGE])).toBe(MAC_EDGE)
  })

  it('finds Homebrew\'s chromium on PATH', () => {
    expect(lookup('darwin', env, ['/opt/homebrew/bin/chromium'])).toBe('/opt/homebrew/bin/chromium')
  })

  it('without a browser: names the macOS places and a macOS fix, not apt-get', () => {
    const { message } = failure('darwin', env)
    expect(message).toMatch(/^No Chromium found/)
    expect(message).toContain(MAC_CHROME)
    expect(message).toContain(MAC_EDGE)
    expect(message).toContain('brew install --cask chromium')
    expect(message).toContain('CHROMIUM_PATH')
    expect(message).not.toContain('apt-get')
  })
})

describe('win32 (Windows)', () => {
  const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
  const chrome86 = 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'
  const chromeUser = 'C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
  const chromium = 'C:\\Users\\ada\\AppData\\Local\\Chromium\\Application\\chrome.exe'
  const edge86 = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'

  it('finds Chrome under %ProgramFiles%, %ProgramFiles(x86)% or %LocalAppData%, in that order', () => {
    expect(lookup('win32', WIN_ENV, [chromeUser, chrome86, chrome])).toBe(chrome)
    expect(lookup('win32', WIN_ENV, [chromeUser, chrome86])).toBe(chrome86)
    expect(lookup('win32', WIN_ENV, [chromeUser])).toBe(chromeUser)
  })

  it('prefers Chrome, then Chromium, then Edge (which every Windows 10 and 11 has)', () => {
    expect(lookup('win32', WIN_ENV, [edge86, chromium, chromeUser])).toBe(chromeUser)
    expect(lookup('win32', WIN_ENV, [edge86, chromium])).toBe(chromium)
    expect(lookup('win32', WIN_ENV, [edge86])).toBe(edge86)
  })

  it('reads the environment case-insensitively, as Windows does, and falls back to PATH', () => {
    const upper = { PROGRAMFILES: 'D:\\Apps', PATH: 'C:\\Tools' }
    expect(lookup('win32', upper, ['D:\\Apps\\Google\\Chrome\\Application\\chrome.exe'])).toBe('D:\\Apps\\Google\\Chrome\\Application\\chrome.exe')
    expect(lookup('win32', WIN_ENV, ['C:\\Tools\\msedge.exe'])).toBe('C:\\Tools\\msedge.exe')
  })

  it('without a browser: names the Windows places and a Windows fix, with PowerShell syntax', () => {
    const { message } = failure('win32', WIN_ENV)
    expect(message).toMatch(/^No Chromium found/)
    for (const place of [chrome, chrome86, chromeUser, edge86])
      expect(message).toContain(place)
    expect(message).toContain('Microsoft Edge')
    expect(message).toContain('$env:CHROMIUM_PATH')
    expect(message).not.toContain('apt-get')
    expect(message).not.toContain('brew')
  })
})
