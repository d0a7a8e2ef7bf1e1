// Runs before the tests: makes sure the two system tools they need are here, a Chromium and
// poppler's PDF readers. On a fresh Debian machine, as root, it installs Debian's packages and
// says so; elsewhere it stops with the fix.
import { execFileSync, spawnSync } from 'node:child_process'
import { BrowserNotFoundError, findChromium } from './browser.ts'

function has(cmd: string): boolean {
  return spawnSync('which', [cmd], { stdio: 'ignore' }).status === 0
}

function hasBrowser(): boolean {
  try {
    findChromium()
    return true
  }
  catch (e) {
    if (e instanceof BrowserNotFoundError && process.env.CHROMIUM_PATH) {
      // A wrong CHROMIUM_PATH is the user's choice to fix, not something to install around.
      console.error(`\n${e.message}\n`)
      process.exit(1)
    }
    return false
  }
}

const missing: string[] = []
if (!hasBrowser())
  missing.push('chromium')
if (!has('pdftotext') || !has('pdffonts'))
  missing.push('poppler-utils')

if (missing.length) {
  const isRoot = process.getuid?.() === 0
  if (isRoot && has('apt-get')) {
    console.log(`Installing Debian packages the tests need: ${missing.join(', ')} (apt-get, as root)…`)
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  }
  else {
    console.error(`\nThe tests need: ${missing.join(', ')}.`)
    console.error(`Fix: sudo apt-get install ${missing.join(' ')}  (Debian/Ubuntu), or set CHROMIUM_PATH to a Chrome/Chromium binary.\n`)
    process.exit(1)
  }
}
