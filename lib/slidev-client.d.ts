// Types for slidev-client.js: the part of Slidev's client API the pace display reads.
import type { ComputedRef } from 'vue'
import type { TimerState } from './rehearsal.ts'

/** State Slidev shares between its windows; `timer` is what its own timer (useTimer) shows. */
export const sharedState: { timer: TimerState & { slides: Record<number, unknown> } }

export const configs: { title?: string }

/** A slide as Slidev's router holds it: number, title and frontmatter (the first slide's is the headmatter). */
export interface SlidevSlideRoute {
  no: number
  meta?: { slide?: { title?: string, frontmatter?: Record<string, unknown> } }
}

export function useNav(): {
  currentSlideNo: ComputedRef<number>
  /** The click the current slide is at. */
  clicks: ComputedRef<number>
  slides: ComputedRef<SlidevSlideRoute[]>
  isPresenter: ComputedRef<boolean>
  isPrintMode: ComputedRef<boolean>
}
