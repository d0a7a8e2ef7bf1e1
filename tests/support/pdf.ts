// Reads a PDF the way a reader meets it, with PDF.js (npm `unpdf`), so the tests need no system
// tools: the text on each page, page sizes, the outline, title and language, whether it is
// tagged, the fonts it uses (and whether each is embedded) and the images it shows.
//
//   const pdf = await readPdf('exports/slides.pdf')
//   pdf.pages[0]            // page 1's text, whitespace folded to single spaces
//   pdf.fonts               // [{ name: 'AAAAAA+NunitoSans-Regular', embedded: true }, …]
import { readFile } from 'node:fs/promises'
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf'

export interface PdfFont {
  /**
   * The font's name as stored, subset prefix included (`AAAAAA+NunitoSans-Regular`). A Type 3 font
   * is named `[Type 3]`: Chromium draws one when it synthesises a style the font lacks (bold,
   * italic) or a glyph no font has, so it is never one of the deck's own fonts.
   */
  name: string
  /** The glyphs are in the file (a Type 3 font draws its glyphs itself, so it counts as embedded). */
  embedded: boolean
  type3: boolean
}

export interface PdfImage {
  /** 1-based page the image is drawn on. */
  page: number
  /** Pixel size of the image as stored, not as drawn. */
  width: number
  height: number
}

export interface Pdf {
  /** Each page's text, top to bottom and left to right, whitespace folded to single spaces. */
  pages: string[]
  /** Each page's size in points (1/72 in): A4 portrait is 595 x 842. */
  pageSizes: { width: number, height: number }[]
  /** Outline (bookmark) titles, depth-first, as a reader's sidebar lists them. */
  outline: string[]
  /** The document title from its info dictionary ('' when none). */
  title: string
  /** The document language from its catalog (/Lang), '' when none. */
  lang: string
  /** Tagged PDF: /MarkInfo says Marked and the document has a structure tree (/StructTreeRoot). */
  tagged: boolean
  /** Every font a page draws text with, once per name (as poppler's pdffonts lists them). */
  fonts: PdfFont[]
  /** Every image drawn, page by page. */
  images: PdfImage[]
}

interface TextItem { str: string, transform: number[], width: number }

/**
 * A page's text as it reads on paper: lines from top to bottom, each line's runs from left to
 * right, a space between lines and wherever runs stand apart. (PDF.js gives runs in drawing order:
 * Chromium draws the running footer first, and a table's columns in any order.)
 */
function pageText(items: TextItem[]): string {
  const runs = items
    .filter(i => i.str.trim())
    .map(i => ({ str: i.str, x: i.transform[4]!, y: i.transform[5]!, end: i.transform[4]! + i.width, size: Math.hypot(i.transform[2]!, i.transform[3]!) || 1 }))
    .sort((a, b) => b.y - a.y)
  const lines: (typeof runs)[] = []
  for (const run of runs) {
    const line = lines.at(-1)
    if (line && Math.abs(line[0]!.y - run.y) < Math.min(line[0]!.size, run.size) / 2)
      line.push(run)
    else
      lines.push([run])
  }
  return lines.map(line => line
    .sort((a, b) => a.x - b.x)
    .map((run, k) => (k && run.x - line[k - 1]!.end > run.size / 5 ? ' ' : '') + run.str)
    .join(''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

interface OutlineNode { title: string, items: OutlineNode[] }
const flatten = (nodes: OutlineNode[]): string[] => nodes.flatMap(n => [n.title, ...flatten(n.items)])

export async function readPdf(path: string): Promise<Pdf> {
  const doc = await getDocumentProxy(new Uint8Array(await readFile(path)))
  try {
    const { OPS } = await getResolvedPDFJS()
    const { info } = await doc.getMetadata() as { info: { Title?: string, Language?: string | null } }
    const result: Pdf = {
      pages: [],
      pageSizes: [],
      outline: flatten(await doc.getOutline() ?? []),
      title: info.Title ?? '',
      lang: info.Language ?? '',
      tagged: false,
      fonts: [],
      images: [],
    }
    const fonts = new Map<string, PdfFont>()
    let structured = false
    for (let no = 1; no <= doc.numPages; no++) {
      const page = await doc.getPage(no)
      const [x0, y0, x1, y1] = page.view as [number, number, number, number]
      const turned = page.rotate % 180 !== 0
      result.pageSizes.push(turned ? { width: y1 - y0, height: x1 - x0 } : { width: x1 - x0, height: y1 - y0 })
      const content = await page.getTextContent()
      result.pages.push(pageText(content.items.filter((i): i is TextItem & typeof i => 'str' in i)))
      structured ||= await page.getStructTree() !== null

      const ops = await page.getOperatorList()
      ops.fnArray.forEach((fn, k) => {
        const args = ops.argsArray[k] as unknown[]
        if (fn === OPS.setFont) {
          const font = page.commonObjs.get(args[0] as string) as { name?: string, missingFile?: boolean, isType3Font?: boolean }
          const type3 = !!font.isType3Font
          const name = type3 ? '[Type 3]' : font.name || '[unnamed]'
          if (!fonts.has(name))
            fonts.set(name, { name, embedded: type3 || !font.missingFile, type3 })
        }
        else if (fn === OPS.paintImageXObject) {
          result.images.push({ page: no, width: args[1] as number, height: args[2] as number })
        }
      })
      page.cleanup()
    }
    const markInfo = await doc.getMarkInfo()
    result.tagged = !!markInfo?.Marked && structured
    result.fonts = [...fonts.values()]
    return result
  }
  finally {
    await doc.loadingTask.destroy()
  }
}
