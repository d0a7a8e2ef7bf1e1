// Belt and braces for the exports: whatever the cause, a slide that renders an error instead of
// itself must not reach a PDF. The check at the door (scripts/door.ts) stops bad data first; this
// catches the rest: a component's error box, or Slidev's own slide-error text.
import type { Page } from 'playwright-chromium'

/** What a broken slide shows: a component's error box, Slidev's text when a slide's module failed, Vite's error overlay. */
const SLIDE_ERROR_TEXTS = [
  'Cannot render ',
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

/** The text of each page of a PDF, read with PDF.js. */
export async function pdfPageTexts(data: Uint8Array): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const task = getDocument({ data, verbosity: 0 })
  const pdf = await task.promise
  const texts: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    texts.push(content.items.map(item => 'str' in item ? item.str : '').join(' '))
  }
  await task.destroy()
  return texts
}

/** The error slide `no` shows in the page, if any (for exports that photograph each slide). */
export async function slideErrorOnPage(page: Page, no: number): Promise<SlideError | undefined> {
  const text = await page.locator(`.slidev-page-${no}`).first().innerText()
  return slideErrors([text]).map(e => ({ ...e, slide: no }))[0]
}

/**
 * What went wrong in a failed `slidev export`, from its error output: the door's problem lines as
 * they are, a browser timeout as one line naming the slide, anything else as its first line.
 */
export function summariseExportFailure(stderr: string): string {
  if (/problems? in the deck's data/.test(stderr))
    return stderr.trim()
  const timeout = stderr.match(/Timeout (\d+)ms exceeded/)
  if (timeout) {
    const slide = stderr.match(/data-slidev-no=\\?"(\d+)|localhost:\d+\/(?:[^/\s?]*\/)*(\d+)\?print/)
    const which = slide ? `slide ${slide[1] ?? slide[2]}` : 'a slide'
    return `✗ No PDF written: ${which} did not finish rendering within ${Number(timeout[1]) / 1000} s (a component still loading, or a slide that fails to load). Open it in \`npm run dev\` to see why.`
  }
  const first = stderr.split('\n').map(l => l.trim()).find(l => l && !/^at /.test(l)) ?? 'slidev export failed'
  return `✗ No PDF written: ${first}`
}
