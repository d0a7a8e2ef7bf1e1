// Serving the deck on 127.0.0.1, for the handout export, the benchmark and the browser tests: a built
// deck the way a host serves it (files under a base path, index.html for any other route: Slidev is
// a single-page app with history routing).
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
}

export interface StaticServer {
  /** Origin plus base path, ending in a slash, e.g. http://127.0.0.1:41234/talks/x/ */
  url: string
  close: () => Promise<void>
}

export async function serveDist(dir: string, base = '/'): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (!path.startsWith(base)) {
      res.writeHead(404).end('outside base path')
      return
    }
    const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '')
    let file = join(dir, rel)
    if (!existsSync(file) || statSync(file).isDirectory())
      file = join(dir, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
