// @vitest-environment node
// The PDF reader the PDF tests rely on (tests/support/pdf.ts): it must read a page as a person
// does, top to bottom and left to right, whatever order the file draws it in (Chromium draws the
// running footer first), without mixing a column with the one beside it, and report size, title,
// language, unembedded fonts and the outline's pages truthfully.
// The PDFs are made here with pdf-lib, so each fact is known without the code under test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFName, PDFNumber, PDFString, StandardFonts } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { readPdf } from '../support/pdf.ts'

const dir = mkdtempSync(join(tmpdir(), 'pdf-reader-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function save(doc: PDFDocument, name: string): Promise<string> {
  const file = join(dir, name)
  writeFileSync(file, await doc.save())
  return file
}

describe('readPdf', () => {
  it('reads each page top to bottom, left to right, with a space between runs and lines', async () => {
    const doc = await PDFDocument.create()
    const font = await doc.embedFont(StandardFonts.Helvetica)
    const page = doc.addPage([595, 842])
    // Drawn in the order Chromium uses: footer first, then the body; a table row right cell first.
    page.drawText('Page 1 of 2', { x: 480, y: 30, size: 10, font })
    page.drawText('Title', { x: 50, y: 780, size: 24, font })
    page.drawText('ongoing', { x: 300, y: 700, size: 12, font })
    page.drawText('2015', { x: 50, y: 700, size: 12, font })
    page.drawText('A sentence that', { x: 50, y: 650, size: 12, font })
    page.drawText('wraps.', { x: 50, y: 635, size: 12, font })
    doc.addPage([842, 595]).drawText('Landscape', { x: 50, y: 500, size: 12, font })
    const pdf = await readPdf(await save(doc, 'order.pdf'))
    expect(pdf.pages).toEqual(['Title 2015 ongoing A sentence that wraps. Page 1 of 2', 'Landscape'])
    expect(pdf.pageSizes).toEqual([{ width: 595, height: 842 }, { width: 842, height: 595 }])
  })

  it('keeps a column beside another and a wrapped table cell together, as drawn', async () => {
    const doc = await PDFDocument.create()
    const font = await doc.embedFont(StandardFonts.Helvetica)
    const page = doc.addPage([595, 842])
    // A speaker-notes page: a heading with its timing on the right, a small slide on the left with
    // its notes beside it (lines of both at the same heights); then a table row whose cells wrap.
    page.drawText('Slide 3', { x: 50, y: 800, size: 9, font })
    page.drawText('Fact check', { x: 50, y: 785, size: 13, font })
    page.drawText('budget 0:40', { x: 480, y: 800, size: 9, font })
    page.drawText('Slide line one', { x: 50, y: 750, size: 6, font })
    page.drawText('Slide line two', { x: 50, y: 742, size: 6, font })
    page.drawText('Notes first line', { x: 200, y: 752, size: 10, font })
    page.drawText('notes second line', { x: 200, y: 738, size: 10, font })
    page.drawText('notes new paragraph', { x: 200, y: 718, size: 10, font })
    page.drawText('The essay', { x: 50, y: 600, size: 9, font })
    page.drawText('says this', { x: 50, y: 588, size: 9, font })
    page.drawText('The record', { x: 300, y: 600, size: 9, font })
    page.drawText('says that', { x: 300, y: 588, size: 9, font })
    const pdf = await readPdf(await save(doc, 'columns.pdf'))
    expect(pdf.pages).toEqual(['Slide 3 Fact check budget 0:40 Slide line one Slide line two Notes first line notes second line notes new paragraph The essay says this The record says that'])
  })

  it('reports the title, the language, and a font that is not embedded', async () => {
    const doc = await PDFDocument.create()
    doc.setTitle('Handout')
    doc.catalog.set(PDFName.of('Lang'), PDFString.of('en-GB'))
    const font = await doc.embedFont(StandardFonts.Helvetica)
    doc.addPage().drawText('Hello', { x: 50, y: 700, size: 12, font })
    const pdf = await readPdf(await save(doc, 'meta.pdf'))
    expect(pdf.title).toBe('Handout')
    expect(pdf.lang).toBe('en-GB')
    expect(pdf.fonts).toEqual([{ name: 'Helvetica', embedded: false, type3: false }])
    expect(pdf.tagged).toBe(false)
    expect(pdf.outline).toEqual([])
  })

  it('lists the outline depth-first with the page each entry opens, and calls a PDF tagged only with its structure tree', async () => {
    const doc = await PDFDocument.create()
    const font = await doc.embedFont(StandardFonts.Helvetica)
    const pages = [doc.addPage(), doc.addPage()]
    pages.forEach((p, i) => p.drawText(`Slide ${i + 1}`, { x: 50, y: 700, size: 12, font }))
    const ctx = doc.context
    const [outlines, one, two, twoPart] = [ctx.nextRef(), ctx.nextRef(), ctx.nextRef(), ctx.nextRef()]
    ctx.assign(one, ctx.obj({ Title: PDFString.of('One'), Parent: outlines, Next: two, Dest: [pages[0]!.ref, 'Fit'] }))
    ctx.assign(two, ctx.obj({ Title: PDFString.of('Two'), Parent: outlines, Prev: one, First: twoPart, Last: twoPart, Count: 1, Dest: [pages[1]!.ref, 'Fit'] }))
    ctx.assign(twoPart, ctx.obj({ Title: PDFString.of('Two, part'), Parent: two, Dest: [pages[1]!.ref, 'Fit'] }))
    ctx.assign(outlines, ctx.obj({ Type: 'Outlines', First: one, Last: two, Count: 3 }))
    doc.catalog.set(PDFName.of('Outlines'), outlines)
    // Marked, but no structure: what a PDF library leaves when it copies pages without their tags.
    doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }))
    const untagged = await readPdf(await save(doc, 'marked-only.pdf'))
    expect(untagged.outline).toEqual([{ title: 'One', page: 1 }, { title: 'Two', page: 2 }, { title: 'Two, part', page: 2 }])
    expect(untagged.tagged).toBe(false)

    const [root, paragraph, parentTree] = [ctx.nextRef(), ctx.nextRef(), ctx.nextRef()]
    ctx.assign(paragraph, ctx.obj({ Type: 'StructElem', S: 'P', P: root, Pg: pages[0]!.ref, K: 0 }))
    ctx.assign(parentTree, ctx.obj({ Nums: [0, [paragraph]] }))
    ctx.assign(root, ctx.obj({ Type: 'StructTreeRoot', K: [paragraph], ParentTree: parentTree }))
    doc.catalog.set(PDFName.of('StructTreeRoot'), root)
    pages[0]!.node.set(PDFName.of('StructParents'), PDFNumber.of(0))
    expect((await readPdf(await save(doc, 'tagged.pdf'))).tagged).toBe(true)
  })
})
