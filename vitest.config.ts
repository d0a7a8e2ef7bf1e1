import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Four projects. `unit`: fast tests of plain .ts logic and components in happy-dom, a verdict in
// seconds (`npx vitest run --project unit`). `door`: the check and the commands on broken copies
// of the deck. `browser`: real Chromium against the real build; the files share one build and one
// site export (tests/support/global-setup.ts). `soak`: repeat runs (five exports in a row) that
// show flakiness rather than breakage, for `npm run test:soak`. `npm test` runs unit, door and
// browser.
export default defineConfig({
  test: {
    // Two files at a time, of any project: a core each. (A project limited to one file at a time
    // would run in a group of its own, after all the others: Vitest groups projects by maxWorkers.)
    maxWorkers: 2,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        plugins: [vue()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'happy-dom',
          // Plain modules and views with no shared state: one environment for all files, in
          // threads, saves a set-up per file.
          pool: 'threads',
          isolate: false,
        },
      },
      {
        // The deck check on temporary copies of the deck with one mistake each, then real commands
        // (build, export, present) on broken copies.
        test: {
          name: 'door',
          include: ['tests/door/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          // The files share nothing but what they import: one process for them saves its start-up.
          isolate: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts', 'tests/pdf/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          isolate: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'soak',
          include: ['tests/soak/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 400_000,
        },
      },
    ],
  },
})
