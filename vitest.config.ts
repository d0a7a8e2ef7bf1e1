import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Three projects: fast unit tests in happy-dom, and browser/PDF tests that run real Chromium
// against the real build. The browser projects share one build (tests/support/global-setup.ts)
// and run one file at a time: this machine has two cores, and Chromium wants both.
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        plugins: [vue()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        // The five tries of issue 11: the check at the door on temporary copies of the deck, then
        // one real build and one real export of a broken copy.
        test: {
          name: 'door',
          include: ['tests/door/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts', 'tests/pdf/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
