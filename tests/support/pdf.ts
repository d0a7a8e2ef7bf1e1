// Reads a PDF the way a reader and a screen reader meet it, with PDF.js (npm `unpdf`), so the
// tests need no system tools: the text on each page, page sizes, the outline with the page each
// entry opens, title and language, whether it is tagged, the structure elements on each page
// (role, /Alt text and the text inside), and the fonts it draws text with (embedded or not).
//
//   const pdf = await readPdf('exports/slides.pdf')
//   pdf.pages[0]                                    // page 1's text, whitespace folded to single spaces
//   pdf.elements[0].filter(e => e.role === 'Figure') // page 1's figures: { role, alt, text }
//   pdf.fonts                                       // [{ name: 'AAAAAA+NunitoSans-Regular', embedded: true, type3: false }, …]
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

export interface OutlineItem {
  title: string
  /** The 1-based page the entry opens (-1 when it opens none). */
  page: number
}

export interface TaggedElement {
  /** The structure type: H1, P, Figure, Table, TH, TD, … */
  role: string
  /** The element's text alternative (/Alt), '' when none. */
  alt: string
  /** All the text inside the element, read as `pages` reads a page. */
  text: string
}

export interface Pdf {
  /** Each page's text, top to bottom and left to right, whitespace folded to single spaces. */
  pages: string[]
  /** Each page's size in points (1/72 in): A4 portrait is 595 x 842. */
  pageSizes: { width: number, height: number }[]
  /** Outline (bookmark) entries, depth-first, as a reader's sidebar lists them. */
  outline: OutlineItem[]
  /** The document title from its info dictionary ('' when none). */
  title: string
  /** The document language from its catalog (/Lang), '' when none. */
  lang: string
  /** Tagged PDF: /MarkInfo says Marked ("Tagged: yes") and the document has a structure tree. */
  tagged: boolean
  /** Each page's structure elements, depth-first (outermost first). */
  elements: TaggedElement[][]
  /** Every font a page draws text with, once per name (as poppler's pdffonts lists them). */
  fonts: PdfFont[]
}

/** Letters and digits only, lower case: what must survive line breaks and typography. */
export const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')

interface TextItem { str: string, transform: number[], width: number }
interface Run { str: string, x: number, y: number, end: number, size: number }

const toRun = (i: TextItem): Run => ({ str: i.str, x: i.transform[4]!, y: i.transform[5]!, end: i.transform[4]! + i.width, size: Math.hypot(i.transform[2]!, i.transform[3]!) || 1 })

/** Runs on one line: baselines closer than half the smaller type size. */
const sameLine = (a: Run, b: Run) => Math.abs(a.y - b.y) < Math.min(a.size, b.size) / 2

/** Runs grouped into lines from top to bottom, each line's runs from left to right. */
function lines(runs: Run[]): Run[][] {
  const found: Run[][] = []
  for (const run of [...runs].sort((a, b) => b.y - a.y)) {
    const line = found.at(-1)
    if (line && sameLine(line[0]!, run))
      line.push(run)
    else
      found.push([run])
  }
  return found.map(line => line.sort((a, b) => a.x - b.x))
}

interface Block { runs: Run[], left: number, right: number }

/**
 * Whether `run`, drawn right after `block`, reads on from it: further along its last line, or
 * on a line below within its column, a paragraph's spacing away at most.
 */
function readsOn(block: Block, run: Run): boolean {
  const last = block.runs.at(-1)!
  if (sameLine(last, run))
    return run.x >= last.x
  const drop = last.y - run.y
  return drop > 0 && drop <= 2.5 * Math.max(last.size, run.size) && run.x < block.right && run.end > block.left
}

/**
 * Text as it reads on paper. PDF.js gives runs in drawing order, which is mostly the order of
 * the document (Chromium draws a page as its DOM reads) but not always: Chromium draws the running
 * footer first, and a table's cells in any order. So the runs are cut into blocks, each a stretch
 * of drawing order that reads on: a paragraph, a table cell, a column beside another. The blocks
 * are read top to bottom, blocks that start on one line left to right, each block's lines top to
 * bottom; a space between lines and wherever runs stand apart, whitespace folded.
 */
function readingText(runs: Run[]): string {
  const blocks: Block[] = []
  for (const run of runs.filter(r => r.str.trim())) {
    const block = blocks.at(-1)
    if (block && readsOn(block, run)) {
      block.runs.push(run)
      block.left = Math.min(block.left, run.x)
      block.right = Math.max(block.right, run.end)
    }
    else {
      blocks.push({ runs: [run], left: run.x, right: run.end })
    }
  }
  // A block is placed by its first run, the top left one.
  const byFirstRun = new Map(blocks.map(b => [lines(b.runs)[0]![0]!, b]))
  return lines([...byFirstRun.keys()])
    .flat()
    .flatMap(first => lines(byFirstRun.get(first)!.runs))
    .map(line => line.map((run, k) => (k && run.x - line[k - 1]!.end > run.size / 5 ? ' ' : '') + run.str).join(''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

interface StructNode { role?: string, alt?: string, type?: string, id?: string, children?: StructNode[] }

/** The structure elements in `tree`, depth-first, each with the text of the marked content it holds. */
function elementsOf(tree: StructNode | null, runsById: Map<string, Run[]>): TaggedElement[] {
  const runsOf = (n: StructNode): Run[] => n.type === 'content'
    ? runsById.get(n.id ?? '') ?? []
    : (n.children ?? []).flatMap(runsOf)
  const found: TaggedElement[] = []
  const walk = (n: StructNode) => {
    if (n.role && n.role !== 'Root')
      found.push({ role: n.role, alt: n.alt ?? '', text: readingText(runsOf(n)) })
    for (const c of n.children ?? [])
      walk(c)
  }
  if (tree)
    walk(tree)
  return found
}

export async function readPdf(path: string): Promise<Pdf> {
  const doc = await getDocumentProxy(new Uint8Array(await readFile(path)))
  try {
    const { OPS } = await getResolvedPDFJS()
    const { info } = await doc.getMetadata() as { info: { Title?: string, Language?: string | null } }

    const outline: OutlineItem[] = []
    const walk = async (nodes: Awaited<ReturnType<typeof doc.getOutline>> | undefined) => {
      for (const node of nodes ?? []) {
        const dest = typeof node.dest === 'string' ? await doc.getDestination(node.dest) : node.dest
        const target = Array.isArray(dest) && dest[0] && typeof dest[0] === 'object' ? dest[0] as Parameters<typeof doc.getPageIndex>[0] : undefined
        outline.push({ title: node.title, page: target ? await doc.getPageIndex(target) + 1 : -1 })
        await walk(node.items)
      }
    }
    await walk(await doc.getOutline())

    const result: Pdf = { pages: [], pageSizes: [], outline, title: info.Title ?? '', lang: info.Language ?? '', tagged: false, elements: [], fonts: [] }
    const fonts = new Map<string, PdfFont>()
    let structured = false
    for (let no = 1; no <= doc.numPages; no++) {
      const page = await doc.getPage(no)
      const [x0, y0, x1, y1] = page.view as [number, number, number, number]
      const turned = page.rotate % 180 !== 0
      result.pageSizes.push(turned ? { width: y1 - y0, height: x1 - x0 } : { width: x1 - x0, height: y1 - y0 })

      // One pass over the page's text: every run, and the runs inside each marked-content id
      // (what the structure tree's leaves point at).
      const content = await page.getTextContent({ includeMarkedContent: true })
      const runs: Run[] = []
      const runsById = new Map<string, Run[]>()
      const open: string[] = []
      for (const item of content.items as (Partial<TextItem> & { type?: string, id?: string })[]) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
          open.push(item.id ?? '')
        }
        else if (item.type === 'endMarkedContent') {
          open.pop()
        }
        else if (typeof item.str === 'string') {
          const run = toRun(item as TextItem)
          runs.push(run)
          const id = open.findLast(Boolean)
          if (id)
            runsById.set(id, [...runsById.get(id) ?? [], run])
        }
      }
      result.pages.push(readingText(runs))
      const tree = await page.getStructTree() as StructNode | null
      structured ||= !!tree?.children?.length
      result.elements.push(elementsOf(tree, runsById))

      const ops = await page.getOperatorList()
      ops.fnArray.forEach((fn, k) => {
        if (fn !== OPS.setFont)
          return
        const font = page.commonObjs.get((ops.argsArray[k] as string[])[0]!) as { name?: string, missingFile?: boolean, isType3Font?: boolean }
        const type3 = !!font.isType3Font
        const name = type3 ? '[Type 3]' : font.name || '[unnamed]'
        if (!fonts.has(name))
          fonts.set(name, { name, embedded: type3 || !font.missingFile, type3 })
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
