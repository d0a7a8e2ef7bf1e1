// A slide in Chromium, as the exports and the browser tests need it: rendered to the end (async
// parts, fonts, images, transitions), the records it cites, and whether it shows an error instead
// of itself: whatever the cause, such a slide must not reach a PDF.
import type { Page } from 'playwright-chromium'

/** What a broken slide shows: Slidev's text when a slide's module failed, Vite's error overlay. */
const SLIDE_ERROR_TEXTS = [
  'An error occurred on this slide',
  'Failed to fetch this slide',
  '[plugin:',
] as const

interface SlideError {
  /** 1-based, as in the deck's URL (and the slide PDF's page number). */
  slide: number
  /** The sentence the slide shows, cut to one line. */
  shows: string
}

/** The error each text shows, if any; `texts[i]` is slide i + 1. */
export function slideErrors(texts: readonly string[]): SlideError[] {
  return texts.flatMap((text, i) => {
    const flat = text.replace(/\s+/g, ' ')
    const at = Math.min(...SLIDE_ERROR_TEXTS.map(t => flat.indexOf(t)).filter(n => n >= 0))
    return Number.isFinite(at) ? [{ slide: i + 1, shows: flat.slice(at, at + 160).trim() }] : []
  })
}

export function formatSlideErrors(errors: readonly SlideError[]): string {
  return errors.map(e => `slide ${e.slide}: shows an error instead of its content: "${e.shows}"`).join('\n')
}

/** Thrown by settleSlide for a slide that shows an error instead of its content. */
export class SlideShowsError extends Error {}

/**
 * Waits until slide `no` has its layout rendered, its async parts loaded, fonts and images ready,
 * layout settled. `state: 'attached'` is for print mode on the play route, where every slide is
 * rendered but only the current one is shown.
 */
export async function settleSlide(page: Page, no: number, timeout = 15_000, state: 'visible' | 'attached' = 'visible'): Promise<void> {
  const slide = page.locator(`.slidev-page-${no}`).first()
  // Not the slide's box alone: it shows before its content, which is an async component (on the
  // dev server fetched and compiled on first visit). The layout's root marks the slide rendered.
  // A slide whose module failed never gets one: it shows Slidev's error text instead, and waiting
  // out the timeout would only delay the one line that says so.
  const shown = await page.waitForFunction(({ no, errorTexts }) => {
    const box = document.querySelector(`.slidev-page-${no}`)
    if (!box)
      return false
    if (box.querySelector('.slidev-layout'))
      return { error: '' }
    const text = (box.textContent ?? '').replace(/\s+/g, ' ')
    return errorTexts.some(t => text.includes(t)) ? { error: text } : false
  }, { no, errorTexts: SLIDE_ERROR_TEXTS }, { timeout, polling: 100 }).then(h => h.jsonValue() as Promise<{ error: string }>)
  if (shown.error)
    throw new SlideShowsError(formatSlideErrors(slideErrors([shown.error]).map(e => ({ ...e, slide: no }))))
  await slide.locator('.slidev-layout').first().waitFor({ state, timeout })
  const loading = slide.locator('.slidev-slide-loading')
  for (let i = 0; i < await loading.count(); i++)
    await loading.nth(i).waitFor({ state: 'detached', timeout })
  await page.evaluate(async () => {
    await document.fonts.ready
    await Promise.all([...document.images].map(img => img.complete ? undefined : img.decode().catch(() => undefined)))
    // Running transitions (v-click fades) end first: a half-faded element would fail contrast checks.
    await Promise.race([
      Promise.all(document.getAnimations().filter(a => a.effect?.getTiming().iterations !== Infinity).map(a => a.finished.catch(() => undefined))),
      new Promise(r => setTimeout(r, 2000)),
    ])
    // Two frames, so layout has settled; a page in the background gets no frames, hence the timeout.
    await Promise.race([
      new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))),
      new Promise(r => setTimeout(r, 100)),
    ])
  })
}

/** How far (viewport px) an element may poke out of the slide before it counts. */
const OUTSIDE_TOLERANCE = 3

/**
 * Overflow on slide `no`, as readable findings: the layout scrolls (content taller or wider than
 * the slide), or a visible element's box lies outside the slide's box. Only the outermost
 * offender of a subtree is reported.
 */
export function overflowFindings(page: Page, no: number, selector = `.slidev-page-${no}`): Promise<string[]> {
  // (No named local functions in the page: a transform that keeps function names would wrap them
  // in a helper the page does not have.)
  return page.evaluate(({ no, selector, tolerance }) => {
    const findings: string[] = []
    const slide = document.querySelector<HTMLElement>(selector)
    if (!slide)
      return [`slide ${no}: ${selector} not found`]
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
      if (nested)
        continue
      const cls = [...el.classList].filter(c => !c.startsWith('slidev-vclick')).slice(0, 3).map(c => `.${CSS.escape(c)}`).join('')
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)
      const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}${text ? ` "${text}"` : ''}`
      findings.push(`slide ${no}: ${what} lies outside the slide by ${sides.map(([s, d]) => `${Math.round(d)}px ${s}`).join(', ')}`)
    }
    return findings
  }, { no, selector, tolerance: OUTSIDE_TOLERANCE })
}
