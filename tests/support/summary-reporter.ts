// Ends every test run with one plain line that CI reads, `N passed, N failed`, and how long the
// run took (from the start of `npm test` when scripts/test.ts passes TEST_STARTED_AT, otherwise
// from vitest's own start). A run whose setup failed (the build, say) counts its files' tests as
// failed rather than as nothing.
// Under `npm test` it also runs the type check (vue-tsc) beside the tests, from the first moment of
// the run, and counts it as one test: its errors print just before the line. TEST_TYPECHECK names
// a file where it writes "failed" when the types do not hold, for npm test's exit code (vitest
// sets its own from the tests alone).
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import type { Reporter, TestModule } from 'vitest/node'

/** "2 min 41 s", or "41 s" under a minute. */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000)
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`
}

/** `vue-tsc --noEmit`: resolves to its output when it fails, to undefined when the types hold. */
function typecheck(): Promise<string | undefined> {
  const child = spawn('npx', ['vue-tsc', '--noEmit'], { shell: process.platform === 'win32' })
  let out = ''
  child.stdout.on('data', d => out += d)
  child.stderr.on('data', d => out += d)
  return new Promise((resolve) => {
    child.on('error', e => resolve(String(e)))
    child.on('close', code => resolve(code === 0 ? undefined : out || `vue-tsc exited with code ${code}`))
  })
}

export default class SummaryReporter implements Reporter {
  private started = Number(process.env.TEST_STARTED_AT) || Date.now()
  private types = process.env.TEST_TYPECHECK ? typecheck() : undefined

  async onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0
    let failed = unhandledErrors.length
    if (this.types) {
      const errors = await this.types
      if (errors) {
        console.log(`\nType check failed (vue-tsc --noEmit):\n${errors.trim()}`)
        writeFileSync(process.env.TEST_TYPECHECK!, 'failed')
        failed++
      }
      else {
        console.log('\nType check (vue-tsc --noEmit): no errors')
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
