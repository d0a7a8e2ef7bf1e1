// Serving the deck on 127.0.0.1, for the handout export, the benchmark and the browser tests: a built
// deck the way a host serves it (files under a base path, index.html for any other route: Slidev is
// a single-page app with history routing). The files are served by sirv, Vite's own static server.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'

export interface StaticServer {
  /** Origin plus base path, ending in a slash, e.g. http://127.0.0.1:41234/talks/x/ */
  url: string
  close: () => Promise<void>
}

export async function serveDist(dir: string, base = '/'): Promise<StaticServer> {
  const files = sirv(dir, { single: true, dev: true })
  const server = createServer((req, res) => {
    if (!req.url?.startsWith(base)) {
      res.writeHead(404).end('outside base path')
      return
    }
    req.url = `/${req.url.slice(base.length)}`
    files(req, res)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
