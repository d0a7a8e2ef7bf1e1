// Checks a slide page must pass before a speaker can trust it: it fits its box, it is accessible
// (axe-core), and it says which records it cites. Shared by the gates, presenter and handout tests.
import { createRequire } from 'node:module'
import type { Page } from 'playwright-chromium'
import { settleSlide } from '../../scripts/slide.ts'

export { citesOnSlide, settleSlide } from '../../scripts/slide.ts'

const require = createRequire(import.meta.url)
export const AXE_PATH: string = require.resolve('axe-core')

/** How far (viewport px) an element may poke out of the slide before it counts. */
export const OUTSIDE_TOLERANCE = 3

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
      .__vue_app__.config.globalProperties.$router.push(p), path)
  }
  else {
    await page.goto(`${baseUrl}${no}?${query}`, { waitUntil: 'load' })
  }
  await settleSlide(page, no)
}

/**
 * Overflow on slide `no`, as readable findings: the layout scrolls (content taller or wider than
 * the slide), or a visible element's box lies outside the slide's box. Only the outermost
 * offender of a subtree is reported.
 */
export function overflowFindings(page: Page, no: number): Promise<string[]> {
  return page.evaluate(({ no, tolerance }) => {
    const findings: string[] = []
    const slide = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
    if (!slide)
      return [`slide ${no}: .slidev-page-${no} not found`]
    const describe = (el: Element) => {
      const cls = [...el.classList].filter(c => !c.startsWith('slidev-vclick')).slice(0, 3).map(c => `.${CSS.escape(c)}`).join('')
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}${text ? ` "${text}"` : ''}`
    }
    const layout = slide.querySelector<HTMLElement>('.slidev-layout')
    if (layout) {
      if (layout.scrollHeight > layout.clientHeight + 2)
        findings.push(`slide ${no}: layout scrolls vertically (scrollHeight ${layout.scrollHeight} > clientHeight ${layout.clientHeight})`)
      if (layout.scrollWidth > layout.clientWidth + 2)
        findings.push(`slide ${no}: layout scrolls horizontally (scrollWidth ${layout.scrollWidth} > clientWidth ${layout.clientWidth})`)
    }
    const box = slide.getBoundingClientRect()
    const offenders = new Set<Element>()
    for (const el of slide.querySelectorAll('*')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0)
        continue
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const out = {
        top: box.top - r.top,
        left: box.left - r.left,
        bottom: r.bottom - box.bottom,
        right: r.right - box.right,
      }
      const sides = Object.entries(out).filter(([, d]) => d > tolerance)
      if (!sides.length)
        continue
      offenders.add(el)
      let parent = el.parentElement
      let nested = false
      while (parent && parent !== slide) {
        if (offenders.has(parent)) {
          nested = true
          break
        }
        parent = parent.parentElement
      }
      if (!nested)
        findings.push(`slide ${no}: ${describe(el)} lies outside the slide by ${sides.map(([s, d]) => `${Math.round(d)}px ${s}`).join(', ')}`)
    }
    return findings
  }, { no, tolerance: OUTSIDE_TOLERANCE })
}

/** Serious or critical axe-core violations within slide `no`, as `rule (impact): targets`. */
export async function axeFindings(page: Page, no: number): Promise<string[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.addScriptTag({ path: AXE_PATH })
  const violations = await page.evaluate(async (no) => {
    const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<{ violations: { id: string, impact?: string | null, nodes: { target: unknown[], any: { message?: string }[] }[] }[] }> } }).axe
    const slide = document.querySelector(`.slidev-page-${no}`)!
    const result = await axe.run(slide, { resultTypes: ['violations'] })
    return result.violations.map(v => ({
      id: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.map(n => n.target.join(' ')),
      why: (v.nodes[0]?.any[0]?.message ?? '').replace(/\s+/g, ' ').slice(0, 160),
    }))
  }, no)
  return violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `slide ${no}: ${v.id} (${v.impact}) on ${v.targets.slice(0, 4).join(', ')}${v.targets.length > 4 ? ` and ${v.targets.length - 4} more` : ''}${v.why ? `: ${v.why}` : ''}`)
}
