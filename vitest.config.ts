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
