// Shared test helpers: a recording stub for Slidev's v-click directive.
import type { Directive } from 'vue'

export interface ClickCall {
  el: HTMLElement
  value: unknown
}

/** A stand-in for Slidev's `v-click` that records every element it is bound to and its value. */
export function recordingClick(): { directive: Directive<HTMLElement, unknown>, calls: ClickCall[] } {
  const calls: ClickCall[] = []
  return {
    calls,
    directive: {
      mounted(el, binding) {
        calls.push({ el, value: binding.value })
      },
    },
  }
}

/** What Slidev does with a v-click value: false means "no click step" (see normalizeSingleAtValue). */
export function isClickStep(value: unknown): boolean {
  return value !== false && value !== 'false'
}
