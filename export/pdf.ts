// The last step of every export: Chromium's tagged PDF gets its document title (shown in the
// viewer's title bar), its language and an outline of exactly the entries a reader navigates by
// (slide titles, back matter), then is written to disk with a one-line report.
// pdf-lib loads and saves the whole document, so the structure tree (the tags) stays as
// Chromium wrote it; only the catalog's /Outlines, /Lang and the info dictionary change.
import type { PDFRef } from 'pdf-lib'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'
import process from 'node:process'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString } from 'pdf-lib'

export interface OutlineEntry {
  title: string
  /** 0-based page index. */
  page: number
}

export interface PdfMeta {
  title: string
  lang: string
  subject?: string
}

export interface WrittenPdf {
  path: string
  pages: number
  bytes: number
}

/** Letters and digits only, lower case: how two renderings of one heading are compared. */
const headingKey = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')

function decode(obj: unknown): string {
  return obj instanceof PDFHexString || obj instanceof PDFString ? obj.decodeText() : ''
}

/** Chromium's outline (built from the document's headings), flattened in reading order. */
function outlineOf(doc: PDFDocument): OutlineEntry[] {
  const pages = doc.getPages().map(p => p.ref)
  const entries: OutlineEntry[] = []
  const walk = (ref: unknown) => {
    for (let item = doc.context.lookupMaybe(ref as PDFRef, PDFDict); item;) {
      const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray)
      const target = dest?.get(0)
      const page = pages.findIndex(p => p === target)
      entries.push({ title: decode(item.lookup(PDFName.of('Title'))), page })
      walk(item.get(PDFName.of('First')))
      item = doc.context.lookupMaybe(item.get(PDFName.of('Next')) as PDFRef, PDFDict)
    }
  }
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  if (root)
    walk(root.get(PDFName.of('First')))
  return entries
}

/** Replaces the outline with one flat list of entries, each opening its page at the top. */
function setOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  const context = doc.context
  const pages = doc.getPages()
  const root = context.nextRef()
  const refs = entries.map(() => context.nextRef())
  entries.forEach((entry, i) => {
    const page = pages[entry.page]
    if (!page)
      throw new Error(`outline entry "${entry.title}" points at page ${entry.page + 1} of ${pages.length}`)
    const item = context.obj({})
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title))
    item.set(PDFName.of('Parent'), root)
    item.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]))
    if (i > 0)
      item.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < refs.length - 1)
      item.set(PDFName.of('Next'), refs[i + 1]!)
    context.assign(refs[i]!, item)
  })
  const outlines = context.obj({})
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'))
  if (refs.length) {
    outlines.set(PDFName.of('First'), refs[0]!)
    outlines.set(PDFName.of('Last'), refs.at(-1)!)
  }
  outlines.set(PDFName.of('Count'), PDFNumber.of(refs.length))
  context.assign(root, outlines)
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/** Chromium sometimes repeats a heading's text in its outline title ("SourcesSources"). */
function sameHeading(printed: string, wanted: string): boolean {
  const key = headingKey(wanted)
  const half = printed.slice(0, printed.length / 2)
  return [headingKey(printed), printed.length % 2 === 0 && half === printed.slice(half.length) ? headingKey(half) : '']
    .some(k => k === key || k === `${key} ${key}`)
}

/**
 * Finds each wanted heading in Chromium's own outline, in order, so an entry points at the page
 * Chromium laid that heading out on. Throws naming the first heading it cannot find.
 */
export function entriesFromHeadings(doc: PDFDocument, wanted: { heading: string, title: string }[]): OutlineEntry[] {
  const found = outlineOf(doc)
  let from = 0
  return wanted.map(({ heading, title }) => {
    const at = found.findIndex((e, i) => i >= from && sameHeading(e.title, heading))
    if (at < 0 || found[at]!.page < 0)
      throw new Error(`heading "${heading}" is not in the printed document's outline (${found.length} entries from "${found[from]?.title ?? ''}" on: ${found.slice(from, from + 8).map(e => e.title).join(' | ')})`)
    from = at + 1
    return { title, page: found[at]!.page }
  })
}

/** Sets title, language and outline, writes the file, prints "path: N pages, B bytes". */
export async function finishPdf(
  printed: Uint8Array,
  output: string,
  meta: PdfMeta,
  outline: (doc: PDFDocument) => OutlineEntry[],
): Promise<WrittenPdf> {
  const doc = await PDFDocument.load(printed, { updateMetadata: false })
  const entries = outline(doc)
  setOutline(doc, entries)
  doc.setTitle(meta.title, { showInWindowTitleBar: true })
  doc.setLanguage(meta.lang)
  if (meta.subject)
    doc.setSubject(meta.subject)
  doc.setCreator('Slidev deck, printed by Chromium')
  const bytes = await doc.save()
  mkdirSync(dirname(output), { recursive: true })
  writeFileSync(output, bytes)
  const written = { path: output, pages: doc.getPageCount(), bytes: bytes.length }
  console.log(`${relative(process.cwd(), output)}: ${written.pages} pages, ${written.bytes} bytes (${(written.bytes / written.pages / 1000).toFixed(1)} kB a page)`)
  return written
}
