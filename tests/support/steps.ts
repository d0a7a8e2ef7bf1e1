// A walk through the deck, step by step: where a window is (slide and click, from its URL), and
// what a correct walk looks like. Shared by the keyboard walk (gates) and the presenter walk.

export interface Step { no: number, clicks: number }

/** The slide and click a window shows, from its URL: /N or /presenter/N, with ?clicks=k. */
export function stepAt(href: string): Step {
  const url = new URL(href)
  const no = Number(url.pathname.match(/(\d+)\/?$/)?.[1] ?? Number.NaN)
  return { no, clicks: Number(url.searchParams.get('clicks') ?? 0) }
}

/** `no:clicks`, as failures print a step. */
export const label = (s: Step) => `${s.no}:${s.clicks}`

/** The slides a walk reached, in order, each slide once however many clicks it had. */
export function slideOrder(walk: Step[]): number[] {
  return walk.map(s => s.no).filter((no, i, a) => i === 0 || no !== a[i - 1])
}

/** Steps that were neither the next click on the same slide nor the next slide at click 0. */
export function skippedSteps(walk: Step[]): string[] {
  return walk.slice(1).filter((s, i) => {
    const p = walk[i]!
    return !((s.no === p.no && s.clicks === p.clicks + 1) || (s.no === p.no + 1 && s.clicks === 0))
  }).map(label)
}
