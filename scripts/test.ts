// `npm test`: the verdict before a talk or a merge. The one thing it needs from the system is a
// browser (Chrome, Chromium or Edge; lib/browser.ts finds it): on Debian, as root, it installs
// Chromium with apt-get and says so; elsewhere it stops with the fix. Then the unit, door and
// browser tests (vitest projects `unit`, `door` and `browser`; arguments pass through, e.g.
// `npm test -- tests/e2e/gates.test.ts`) with the type check and the linter running beside them,
// each counted as one more test. The last line is the one CI reads, `N passed, N failed`, with the time
// since `npm test` started (tests/support/summary-reporter.ts).
// The five-exports-in-a-row soak test is `npm run test:soak`, not part of this.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { BrowserNotFoundError, findChromium } from '../lib/browser.ts'

const started = Date.now()
const shell = process.platform === 'win32' // npx is npx.cmd there

function hasBrowser(): boolean {
  try {
    findChromium()
    return true
  }
  catch (e) {
    if (!(e instanceof BrowserNotFoundError))
      throw e
    if (process.env.CHROMIUM_PATH) {
      // A wrong CHROMIUM_PATH is the user's choice to fix, not something to install around.
      console.error(`\n${e.message}\n`)
      process.exit(1)
    }
    const aptAsRoot = process.platform === 'linux' && process.getuid?.() === 0
      && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0
    if (!aptAsRoot) {
      console.error(`\n${e.message}\n`)
      process.exit(1)
    }
    return false
  }
}

if (!hasBrowser()) {
  console.log('Installing the Debian package the tests need: chromium (apt-get, as root)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0)
      process.exit(1)
  }
}

const work = mkdtempSync(join(tmpdir(), 'npm-test-'))
const staticFailed = join(work, 'static-checks')
const vitest = spawnSync('npx', ['vitest', 'run', '--project', 'unit', '--project', 'door', '--project', 'browser', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell,
  env: { ...process.env, TEST_STARTED_AT: String(started), TEST_STATIC_FAILED: staticFailed },
})
const staticHold = !existsSync(staticFailed)
rmSync(work, { recursive: true, force: true })
process.exit(vitest.status === 0 && staticHold ? 0 : vitest.status || 1)
