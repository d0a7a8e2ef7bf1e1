// Reads a PDF the way a PDF viewer and a screen reader meet it, through unpdf (pdf.js): the
// document's title, language and tagging, the outline, page sizes, the fonts each page draws
// with, the text of each page, and the text inside the structure elements of a given role
// (e.g. the text of a handout page's slide: its `Figure`).
import { readFileSync } from 'node:fs'
import { getDocumentProxy } from 'unpdf'

type Pdf = Awaited<ReturnType<typeof getDocumentProxy>>
type PdfPage = Awaited<ReturnType<Pdf['getPage']>>

const cache = new Map<string, Promise<Pdf>>()

/** The parsed PDF; parsed once per file path and modification (tests read the same file often). */
export function openPdf(file: string): Promise<Pdf> {
  const bytes = readFileSync(file)
  const key = `${file}:${bytes.length}:${bytes.subarray(-64).toString('hex')}`
  let pdf = cache.get(key)
  if (!pdf) {
    pdf = getDocumentProxy(new Uint8Array(bytes), { fontExtraProperties: true } as Parameters<typeof getDocumentProxy>[1])
    cache.set(key, pdf)
  }
  return pdf
}

export interface PdfFacts {
  pages: number
  title: string
  lang: string
  /** The catalog's /MarkInfo /Marked: what `pdfinfo` reports as "Tagged: yes". */
  tagged: boolean
  /** Whether a structure tree is there (tags a reader can use), not just the flag. */
  structured: boolean
  /** Page sizes in points, [width, height]. */
  sizes: [number, number][]
}

export async function pdfFacts(file: string): Promise<PdfFacts> {
  const pdf = await openPdf(file)
  const { info } = await pdf.getMetadata() as { info: { Title?: string, Language?: string } }
  const mark = await pdf.getMarkInfo()
  const sizes: [number, number][] = []
  for (let i = 1; i <= pdf.numPages; i++) {
    const [x0, y0, x1, y1] = (await pdf.getPage(i)).view as [number, number, number, number]
    sizes.push([x1 - x0, y1 - y0])
  }
  const tree = await (await pdf.getPage(1)).getStructTree()
  return {
    pages: pdf.numPages,
    title: info.Title ?? '',
    lang: info.Language ?? '',
    tagged: !!mark?.Marked,
    structured: !!tree?.children?.length,
    sizes,
  }
}

export interface OutlineItem { title: string, page: number }

/** The outline, flattened in reading order, each entry with its 1-based target page. */
export async function outline(file: string): Promise<OutlineItem[]> {
  const pdf = await openPdf(file)
  const items: OutlineItem[] = []
  const walk = async (nodes: Awaited<ReturnType<Pdf['getOutline']>> | undefined) => {
    for (const node of nodes ?? []) {
      let page = -1
      const dest = typeof node.dest === 'string' ? await pdf.getDestination(node.dest) : node.dest
      if (Array.isArray(dest) && dest[0] && typeof dest[0] === 'object')
        page = await pdf.getPageIndex(dest[0] as Parameters<Pdf['getPageIndex']>[0]) + 1
      items.push({ title: node.title, page })
      await walk(node.items)
    }
  }
  await walk(await pdf.getOutline())
  return items
}

/** Text items joined with spaces, whitespace folded: compare with words(), not exact strings. */
function joinText(items: unknown[]): string {
  return items
    .filter((i): i is { str: string } => typeof (i as { str?: unknown }).str === 'string')
    .map(i => i.str)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The text of every page, in order. */
export async function pageTexts(file: string): Promise<string[]> {
  const pdf = await openPdf(file)
  const texts: string[] = []
  for (let i = 1; i <= pdf.numPages; i++)
    texts.push(joinText((await (await pdf.getPage(i)).getTextContent()).items))
  return texts
}

/** Letters and digits only, lower case: what must survive line breaks and typography. */
export const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')

interface StructNode { role?: string, alt?: string, type?: string, id?: string, children?: StructNode[] }

/** Text of each marked-content id on the page (what the structure tree's leaves point at). */
async function markedText(page: PdfPage): Promise<Map<string, string>> {
  const content = await page.getTextContent({ includeMarkedContent: true })
  const byId = new Map<string, string>()
  const open: string[] = []
  for (const item of content.items as { type?: string, id?: string, str?: string }[]) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
      open.push(item.id ?? '')
    }
    else if (item.type === 'endMarkedContent') {
      open.pop()
    }
    else if (typeof item.str === 'string') {
      const id = open.at(-1)
      if (id)
        byId.set(id, `${byId.get(id) ?? ''} ${item.str}`)
    }
  }
  return byId
}

export interface TaggedElement {
  role: string
  alt: string
  /** All text inside the element, in content order. */
  text: string
}

/** Every structure element of `role` on page `pageNo` (1-based), outermost first, with its text. */
export async function taggedElements(file: string, pageNo: number, role: string): Promise<TaggedElement[]> {
  const page = await (await openPdf(file)).getPage(pageNo)
  const tree = await page.getStructTree() as StructNode | null
  const text = await markedText(page)
  const textOf = (n: StructNode): string => n.type === 'content'
    ? (text.get(n.id ?? '') ?? '')
    : (n.children ?? []).map(textOf).join(' ')
  const found: TaggedElement[] = []
  const walk = (n: StructNode) => {
    if (n.role === role)
      found.push({ role, alt: n.alt ?? '', text: textOf(n).replace(/\s+/g, ' ').trim() })
    for (const c of n.children ?? [])
      walk(c)
  }
  if (tree)
    walk(tree)
  return found
}

export interface FontUse {
  name: string
  embedded: boolean
  /** pdf.js's font type, e.g. CIDFontType2, TrueType, Type3 (Chromium's synthesised glyphs). */
  type: string
}

/** The fonts the text of the document is drawn with, each once. */
export async function fontsUsed(file: string): Promise<FontUse[]> {
  const pdf = await openPdf(file)
  const fonts = new Map<string, FontUse>()
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i)
    const ids = new Set((await page.getTextContent()).items.map(it => (it as { fontName?: string }).fontName).filter(Boolean) as string[])
    await page.getOperatorList()
    for (const id of ids) {
      const font = page.commonObjs.get(id) as { name?: string, missingFile?: boolean, type?: string } | undefined
      const name = font?.name ?? id
      fonts.set(name, { name, embedded: font?.missingFile === false, type: font?.type ?? '' })
    }
  }
  return [...fonts.values()]
}
