// `npm test`: the verdict before a talk or a merge. What it needs from the system: a browser
// (Chrome, Chromium or Edge; lib/browser.ts finds it), and for the QR codes of the hosted folder
// zbarimg (reads them) and pdftoppm (draws the handout's cover to read it from). On Debian, as
// root, it installs what is missing with apt-get and says so; elsewhere it stops with the fix.
// Then the unit, door and browser tests (vitest projects `unit`, `door` and `browser`; arguments
// pass through, e.g. `npm test -- tests/e2e/gates.test.ts`) with the type check and the linter
// running beside them, each counted as one more test. The last line is the one CI reads,
// `N passed, N failed`, with the time since `npm test` started (tests/support/summary-reporter.ts).
// The five-exports-in-a-row soak test is `npm run test:soak`, not part of this.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { BrowserNotFoundError, findChromium } from '../lib/browser.ts'

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm test [-- <vitest filters and options>]

Runs the unit, door and browser tests, the type check and the linter, and ends with one line:
N passed, N failed. Needs a browser (Chrome, Chromium or Edge), zbarimg and pdftoppm; on Debian,
as root, it installs what is missing. Anything after -- goes to vitest, e.g.
  npm test -- tests/e2e/gates.test.ts
The five-exports-in-a-row soak test is npm run test:soak.`)
  process.exit(0)
}

const started = Date.now()
const shell = process.platform === 'win32' // npx is npx.cmd there

/** Whether `command` runs (it answers `-v`). */
const runs = (command: string) => spawnSync(command, ['-v'], { stdio: 'ignore' }).error === undefined

/** A browser, or its BrowserNotFoundError's message (which lists every place looked at). */
function browserProblem(): string | undefined {
  try {
    findChromium()
    return undefined
  }
  catch (e) {
    if (!(e instanceof BrowserNotFoundError))
      throw e
    return e.message
  }
}

const missing = [
  { package: 'chromium', problem: browserProblem() },
  { package: 'zbar-tools', problem: runs('zbarimg') ? undefined : 'zbarimg not found: it reads the QR codes (Debian/Ubuntu: apt-get install zbar-tools; macOS: brew install zbar)' },
  { package: 'poppler-utils', problem: runs('pdftoppm') ? undefined : 'pdftoppm not found: it draws the handout\'s cover (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler)' },
].filter(m => m.problem)

if (missing.length) {
  const aptAsRoot = process.platform === 'linux' && process.getuid?.() === 0
    && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0
  // A wrong CHROMIUM_PATH is the user's choice to fix, not something to install around.
  if (!aptAsRoot || (process.env.CHROMIUM_PATH && missing.some(m => m.package === 'chromium'))) {
    console.error(`\n${missing.map(m => m.problem).join('\n\n')}\n`)
    process.exit(1)
  }
  const packages = missing.map(m => m.package)
  console.log(`Installing the Debian packages the tests need: ${packages.join(', ')} (apt-get, as root)…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
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
