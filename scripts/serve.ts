// Serving the deck on 127.0.0.1, for the handout export, the benchmark and the browser tests: a built
// deck the way a host serves it (files under a base path, index.html for any other route: Slidev is
// a single-page app with history routing), or the dev server a speaker runs.
import { spawn } from 'node:child_process'
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

/** A free TCP port on loopback, for a server that must be told its port up front. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise(resolve => probe.close(resolve))
  return port
}

/** `npm run dev`, as a speaker starts it, on loopback: resolves once the deck answers. */
export async function startDevServer(root: string): Promise<StaticServer> {
  const port = await freePort()
  const child = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--bind', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so close() stops npm, slidev and vite together
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => output += d)
  child.stderr.on('data', (d: Buffer) => output += d)
  const url = `http://127.0.0.1:${port}/`
  const deadline = Date.now() + 60_000
  while (true) {
    if (child.exitCode !== null)
      throw new Error(`npm run dev exited (${child.exitCode}):\n${output}`)
    const up = await fetch(url).then(r => r.ok, () => false)
    if (up)
      break
    if (Date.now() > deadline) {
      process.kill(-child.pid!, 'SIGTERM')
      throw new Error(`npm run dev did not answer on ${url} within 60 s:\n${output}`)
    }
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  return {
    url,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise(resolve => child.once('exit', resolve))
        process.kill(-child.pid!, 'SIGTERM')
        await exited
      }
    },
  }
}
