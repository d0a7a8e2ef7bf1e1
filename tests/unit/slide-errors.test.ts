import { describe, expect, it } from 'vitest'
import { formatSlideErrors, slideErrors, summariseExportFailure } from '../../scripts/slide-errors'

describe('slideErrors', () => {
  it('finds error boxes and Slidev\'s slide-error texts, by slide', () => {
    const errors = slideErrors([
      'Thirty years, no joint weapon',
      'Fact check  Cannot render FactCheck: unknown claim id "x"',
      'An error occurred on this slide. Check the terminal for more information.',
      'Failed to fetch this slide. Please check your network connection.',
      '[plugin:vite:vue] [@vue/compiler-sfc] <script> and <script setup> must have the same language type.',
    ])
    expect(errors.map(e => e.slide)).toEqual([2, 3, 4, 5])
    expect(formatSlideErrors(errors).split('\n')[0]).toBe('slide 2: shows an error instead of its content: "Cannot render FactCheck: unknown claim id "x""')
  })
})

describe('summariseExportFailure', () => {
  it('says which slide timed out, in one line, without the stack trace', () => {
    const stderr = `TimeoutError: locator.waitFor: Timeout 60000ms exceeded.\nCall log:\n  - waiting for locator('[data-slidev-no=\\"7\\"]') to be visible\n    at go (file:///x/export.mjs:150:15)\n`
    const line = summariseExportFailure(stderr)
    expect(line).toBe('✗ No PDF written: slide 7 did not finish rendering within 60 s (a component still loading, or a slide that fails to load). Open it in `npm run dev` to see why.')
  })

  it('passes the check at the door\'s problems through as they are', () => {
    const door = '\n✗ 1 problem in the deck\'s data: nothing was exported.\n  data/projects.ts: record "cr929", field "startYear": year 1850 is out of range 1950–2030\n'
    expect(summariseExportFailure(door)).toBe(door.trim())
  })

  it('gives anything else as its first line', () => {
    expect(summariseExportFailure('Error: spawn chromium ENOENT\n    at x (y.js:1:1)')).toBe('✗ No PDF written: Error: spawn chromium ENOENT')
  })
})
