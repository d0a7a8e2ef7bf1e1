// Serving a built deck the way a host serves it (files under a base path, index.html for any other
// route: Slidev is a single-page app with history routing), gzipped as hosts send it: for `npm run
// present`, the exports, the benchmark and the browser tests. On 127.0.0.1 and a free port unless
// told otherwise.
//
// It is Vite's own preview server (`vite preview`), the one Slidev's build is made for: sirv for the
// files, index.html for routes such as /5 or /presenter/1, 404 outside the base path, gzip for
// scripts, styles, HTML and SVG (what a phone on the room's network downloads), the next free port when the one asked for is
// taken, and a close() that also ends open keep-alive connections (a browser's).
import type { AddressInfo } from 'node:net'
import type { PresentNotice } from './notice.ts'
import { createServer as createTcpServer } from 'node:net'
import { resolve } from 'node:path'
import process from 'node:process'
import { preview } from 'vite'
import { NOTICE_PATH } from './notice.ts'

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
  /** Served at NOTICE_PATH when given. */
  notice?: PresentNotice
}

/** A free TCP port on loopback, for a server that must be told its port up front. */
export async function freePort(): Promise<number> {
  const probe = createTcpServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise(resolve => probe.close(resolve))
  return port
}

export async function serveDist(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticServer & { port: number }> {
  const signalListeners = new Set(process.listeners('SIGTERM'))
  // Vite's preview sets NODE_ENV=production when it is unset, and a dev server started later from
  // this process inherits it and serves a blank page ("__SLIDEV_HASH_ROUTE__ is not defined").
  const nodeEnv = process.env.NODE_ENV
  const server = await preview({
    // The built files only: not the deck's vite.config.ts, whose plugin checks the sources.
    configFile: false,
    root: resolve(dir),
    build: { outDir: resolve(dir) }, // outDir is read from root: a relative dir would be found twice
    base,
    // The callers print their own addresses.
    logLevel: 'silent',
    // Any host name: phones in the room may reach the laptop by its name (laptop.local), and a
    // built deck holds nothing that Vite's guard against DNS rebinding would protect.
    preview: { port: options.port ?? 0, strictPort: false, host: options.host ?? '127.0.0.1', allowedHosts: true },
    plugins: [{
      name: 'present-notice',
      configurePreviewServer(server) {
        const { notice } = options
        if (notice) {
          server.middlewares.use(`${base}${NOTICE_PATH}`, (_req, res) => {
            res.setHeader('content-type', 'application/json')
            res.setHeader('cache-control', 'no-store')
            res.end(JSON.stringify(notice))
          })
        }
      },
    }],
  })
  if (nodeEnv === undefined)
    delete process.env.NODE_ENV
  // Vite's preview ends the process on SIGTERM. What a signal does is the caller's to decide:
  // `npm run present` closes and says so, and a test run is not ended by its server.
  for (const listener of process.listeners('SIGTERM')) {
    if (!signalListeners.has(listener))
      process.off('SIGTERM', listener)
  }
  const { port } = server.httpServer.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    port,
    close: () => server.close(),
  }
}
