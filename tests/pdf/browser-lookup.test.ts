// Someone without a browser runs the export: they get one clear paragraph that names the fix,
// not a stack trace.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../support/deck.ts'

describe('browser lookup', () => {
  it('explains the fix when CHROMIUM_PATH points at a missing file', () => {
    const run = spawnSync('npm', ['run', 'export'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    })
    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain('CHROMIUM_PATH is set to "/nonexistent/chromium"')
    expect(run.stderr).toContain('apt-get install chromium')
    expect(run.stderr).toContain('npx playwright install chromium')
    expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  })
})
