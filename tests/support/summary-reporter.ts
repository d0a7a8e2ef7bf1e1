// Ends every test run with one plain line that CI reads, `N passed, N failed`, and how long the
// run took (from the start of `npm test` when scripts/test.ts passes TEST_STARTED_AT, otherwise
// from vitest's own start). A run whose setup failed (the build, say) counts its files' tests as
// failed rather than as nothing.
// Under `npm test` it also runs the type check (vue-tsc) and the linter (eslint) beside the tests,
// from the first moment of the run, and counts each as one test: their errors print just before
// the line. TEST_STATIC_FAILED names a file where it writes "failed" when either fails, for npm
// test's exit code (vitest sets its own from the tests alone).
import type { Reporter, TestModule } from 'vitest/node'
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import process from 'node:process'

/** "2 min 41 s", or "41 s" under a minute. */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000)
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`
}

/** A command run beside the tests: resolves to its output when it fails, to undefined when it passes. */
function run(command: string[]): Promise<string | undefined> {
  const child = spawn('npx', command, { shell: process.platform === 'win32' })
  let out = ''
  child.stdout.on('data', d => out += d)
  child.stderr.on('data', d => out += d)
  return new Promise((resolve) => {
    child.on('error', e => resolve(String(e)))
    child.on('close', code => resolve(code === 0 ? undefined : out || `${command[0]} exited with code ${code}`))
  })
}

/** The checks of the code itself, each counted as one test: the types and the linter. */
const STATIC_CHECKS = [
  { name: 'Type check (vue-tsc --noEmit)', command: ['vue-tsc', '--noEmit'] },
  { name: 'Lint (eslint .)', command: ['eslint', '.'] },
]

export default class SummaryReporter implements Reporter {
  private started = Number(process.env.TEST_STARTED_AT) || Date.now()
  // One after the other: beside the browser tests, two at once would take a core from them.
  private checks = process.env.TEST_STATIC_FAILED
    ? STATIC_CHECKS.reduce<Promise<(string | undefined)[]>>(async (done, c) => [...await done, await run(c.command)], Promise.resolve([]))
    : undefined

  async onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0
    let failed = unhandledErrors.length
    for (const [i, errors] of (await this.checks ?? []).entries()) {
      const { name } = STATIC_CHECKS[i]!
      if (errors) {
        console.log(`\n${name} failed:\n${errors.trim()}`)
        writeFileSync(process.env.TEST_STATIC_FAILED!, 'failed')
        failed++
      }
      else {
        console.log(`\n${name}: no errors`)
        passed++
      }
    }
    let skipped = 0
    for (const mod of modules) {
      const tests = [...mod.children.allTests()]
      if (tests.length === 0 && mod.state() === 'failed')
        failed++
      for (const test of tests) {
        const state = test.result().state
        if (state === 'passed')
          passed++
        else if (state === 'failed')
          failed++
        else
          skipped++
      }
    }
    console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} in ${duration(Date.now() - this.started)}`)
  }
}
