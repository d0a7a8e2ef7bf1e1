// Serving a built deck the way a host serves it (files under a base path, index.html for any other
// route: Slidev is a single-page app with history routing): for `npm run present`, the handout
// export, the benchmark and the browser tests. On 127.0.0.1 and a free port unless told otherwise.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { type AddressInfo, createServer as createTcpServer } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { createGzip } from 'node:zlib'

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

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/

export interface StaticServer {
  /** Origin plus base path, ending in a slash, e.g. http://127.0.0.1:41234/talks/x/ */
  url: string
  close: () => Promise<void>
}

export interface ServeOptions {
  /** The port to try first; when it is taken, the next ones in turn. Default: any free port. */
  port?: number
  /** The address to listen on. Default 127.0.0.1; 0.0.0.0 for every network the machine is on. */
  host?: string
}

/** A free TCP port on loopback, for a server that must be told its port up front. */
export async function freePort(): Promise<number> {
  const probe = createTcpServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise(resolve => probe.close(resolve))
  return port
}

/** How many ports after the one asked for are tried before giving up. */
const PORT_TRIES = 20

export async function serveDist(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticServer & { port: number }> {
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
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    const body = createReadStream(file)
    // A build removed under a running server (a rebuild) fails the request, not the server.
    body.once('error', () => res.headersSent ? res.destroy() : res.writeHead(500).end('cannot read the build; is dist/ being rebuilt?'))
    // Compressed as hosts send it (scripts and styles are most of a first load, and shrink to a
    // third): what a phone on the room's network, or Lighthouse, downloads. Fonts are compressed already.
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'vary': 'accept-encoding' })
      body.pipe(createGzip()).pipe(res)
      return
    }
    res.writeHead(200, { 'content-type': type })
    body.pipe(res)
  })
  const host = options.host ?? '127.0.0.1'
  const first = options.port ?? 0
  for (let port = first; ; port++) {
    const listening = await new Promise<boolean>((resolve, reject) => {
      const fail = (e: NodeJS.ErrnoException) => e.code === 'EADDRINUSE' && first !== 0 && port < first + PORT_TRIES ? resolve(false) : reject(e)
      server.once('error', fail)
      server.listen(port, host, () => {
        server.off('error', fail)
        resolve(true)
      })
    })
    if (listening)
      break
  }
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    port,
    close: () => new Promise((resolve) => {
      server.close(() => resolve())
      // Open keep-alive connections (a browser's) would hold close() until they time out.
      server.closeAllConnections()
    }),
  }
}
