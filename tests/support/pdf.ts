// Reads a PDF the way a reader meets it, through poppler's command-line tools: page count,
// the text on each page, and which fonts are embedded.
import { execFileSync } from 'node:child_process'

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  }
  catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} not found: the PDF tests read PDFs with poppler. Fix: apt-get install poppler-utils`)
    throw e
  }
}

export function pageCount(pdf: string): number {
  const match = poppler('pdfinfo', [pdf]).match(/^Pages:\s+(\d+)/m)
  if (!match)
    throw new Error(`pdfinfo gave no page count for ${pdf}`)
  return Number(match[1])
}

/** The text of each page, in order (pdftotext separates pages with a form feed). */
export function pageTexts(pdf: string): string[] {
  const pages = poppler('pdftotext', ['-layout', pdf, '-']).split('\f')
  pages.pop() // after the last form feed
  return pages.map(t => t.replace(/\s+/g, ' ').trim())
}

export interface PdfFont { name: string, embedded: boolean }

export function fonts(pdf: string): PdfFont[] {
  const lines = poppler('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean)
  // Columns: name type encoding emb sub uni object ID; the type column can contain spaces.
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/)
    const emb = cells.at(-5)
    return { name: cells[0] ?? '', embedded: emb === 'yes' }
  })
}

/** The outline (bookmarks) titles, via pdftohtml's XML output of the outline. */
export function outlineTitles(pdf: string): string[] {
  const xml = poppler('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf])
  const outline = xml.match(/<outline>[\s\S]*<\/outline>/)?.[0] ?? ''
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  return [...outline.matchAll(/<item[^>]*>([^<]*)<\/item>/g)]
    .map(m => m[1]!.replace(/&(\w+);/g, (_, e: string) => entities[e] ?? `&${e};`).trim())
}
