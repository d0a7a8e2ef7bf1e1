// Ends every test run with one plain line, `N passed, N failed`, that CI reads. A run whose
// setup failed (the build, say) counts its files' tests as failed rather than as nothing.
import type { Reporter, TestModule } from 'vitest/node'

export default class SummaryReporter implements Reporter {
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
    console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  }
}
