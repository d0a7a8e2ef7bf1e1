// Ends every test run with one plain line that CI reads, `N passed, N failed`, and how long the
// run took (from the start of `npm test` when scripts/test.ts passes TEST_STARTED_AT, otherwise
// from vitest's own start). A run whose setup failed (the build, say) counts its files' tests as
// failed rather than as nothing.
import type { Reporter, TestModule } from 'vitest/node'

/** "2 min 41 s", or "41 s" under a minute. */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000)
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`
}

export default class SummaryReporter implements Reporter {
  private started = Number(process.env.TEST_STARTED_AT) || Date.now()

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0
    let failed = unhandledErrors.length
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
