// A slide in Chromium, as the handout export and the browser tests both need it: rendered to
// the end (async parts, fonts, images, transitions), and the records it cites.
import type { Page } from 'playwright-chromium'
import { formatSlideErrors, SLIDE_ERROR_TEXTS, slideErrors, SlideShowsError } from './slide-errors.ts'

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

/** The `data-cites` keys on slide `no`, in DOM order, each once. */
export function citesOnSlide(page: Page, no: number): Promise<string[]> {
  return page.locator(`.slidev-page-${no}`).first().evaluate(el => [...new Set([...el.querySelectorAll('[data-cites]')]
    .flatMap(e => (e.getAttribute('data-cites') ?? '').split(/\s+/))
    .filter(Boolean))])
}
