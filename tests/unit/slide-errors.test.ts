import { describe, expect, it } from 'vitest'
import { formatSlideErrors, slideErrors } from '../../lib/slide.ts'

describe('slideErrors', () => {
  it('finds Slidev\'s slide-error texts and Vite\'s overlay, by slide', () => {
    const errors = slideErrors([
      'Thirty years, no joint weapon',
      'Cannot render: the words of a slide about rendering',
      'An error occurred on this slide. Check the terminal for more information.',
      'Failed to fetch this slide. Please check your network connection.',
      '[plugin:vite:vue] [@vue/compiler-sfc] <script> and <script setup> must have the same language type.',
    ])
    expect(errors.map(e => e.slide)).toEqual([3, 4, 5])
    expect(formatSlideErrors(errors).split('\n')[0]).toBe('slide 3: shows an error instead of its content: "An error occurred on this slide. Check the terminal for more information."')
  })
})
