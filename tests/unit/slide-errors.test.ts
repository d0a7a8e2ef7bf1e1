import { describe, expect, it } from 'vitest'
import { formatSlideErrors, slideErrors } from '../../scripts/slide-errors'

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
