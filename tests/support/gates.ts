// Checks a slide page must pass before a speaker can trust it: it fits its box, it is accessible
// (axe-core), and it says which records it cites. Shared by the gates, presenter and handout tests.
import type { Page } from 'playwright-chromium'
import { createRequire } from 'node:module'
import { settleSlide } from '../../lib/slide.ts'

export { overflowFindings, settleSlide } from '../../lib/slide.ts'

const require = createRequire(import.meta.url)
export const AXE_PATH: string = require.resolve('axe-core')

/**
 * Slide `no` in play mode in its final click state (all clicks revealed), fully loaded. When the
 * page already shows this deck, it moves there through the app's own router (as a presenter
 * would, without reloading); otherwise, or with `reload`, it loads the URL.
 */
export async function openSlideFinal(page: Page, baseUrl: string, no: number, query = 'clicks=99', reload = false): Promise<void> {
  const inApp = !reload && page.url().startsWith(baseUrl) && await page.evaluate(() =>
    !!(document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__)
  if (inApp) {
    const path = `/${no}?${query}`
    await page.evaluate(p => (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $router: { push: (p: string) => Promise<unknown> } } } } })
      .__vue_app__
      .config
      .globalProperties
      .$router
      .push(p), path)
  }
  else {
    await page.goto(`${baseUrl}${no}?${query}`, { waitUntil: 'load' })
  }
  await settleSlide(page, no)
}

/**
 * axe-core's violations within the first element matching `selector`, as `rule (impact) on
 * targets: why`: those of the given impacts (every impact by default), of the given rules only
 * when `rules` names them.
 */
export async function axeViolations(page: Page, selector: string, { impacts, rules }: { impacts?: string[], rules?: string[] } = {}): Promise<string[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.addScriptTag({ path: AXE_PATH })
  const violations = await page.evaluate(async ({ selector, rules }) => {
    const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<{ violations: { id: string, impact?: string | null, nodes: { target: unknown[], any: { message?: string }[] }[] }[] }> } }).axe
    const result = await axe.run(document.querySelector(selector)!, { resultTypes: ['violations'], ...(rules ? { runOnly: rules } : {}) })
    return result.violations.map(v => ({
      id: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.map(n => n.target.join(' ')),
      why: (v.nodes[0]?.any[0]?.message ?? '').replace(/\s+/g, ' ').slice(0, 160),
    }))
  }, { selector, rules })
  return violations
    .filter(v => !impacts || impacts.includes(v.impact))
    .map(v => `${v.id} (${v.impact}) on ${v.targets.slice(0, 4).join(', ')}${v.targets.length > 4 ? ` and ${v.targets.length - 4} more` : ''}${v.why ? `: ${v.why}` : ''}`)
}

/** Serious or critical axe-core violations within slide `no`, each naming the slide. */
export async function axeFindings(page: Page, no: number): Promise<string[]> {
  return (await axeViolations(page, `.slidev-page-${no}`, { impacts: ['serious', 'critical'] })).map(v => `slide ${no}: ${v}`)
}

/** The `data-cites` keys on slide `no`, in DOM order, each once. */
export function citesOnSlide(page: Page, no: number): Promise<string[]> {
  return page.locator(`.slidev-page-${no}`).first().evaluate(el => [...new Set([...el.querySelectorAll('[data-cites]')]
    .flatMap(e => (e.getAttribute('data-cites') ?? '').split(/\s+/))
    .filter(Boolean))])
}
