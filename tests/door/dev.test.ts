// The check at the door on a running dev server, as a speaker editing before a talk meets it: the
// plugin (check/index.ts) in a real Vite server on a temporary copy of the deck, with a browser's
// connection to Vite's live-reload channel standing in for the page. Only the door's plugin runs:
// Slidev's own start-up is covered by tests/e2e/dev-server.test.ts, and this stays in seconds.
import type { ViteDevServer } from 'vite'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { deckCheck } from '../../vite/check.ts'
import { copyDeck } from '../support/deck-copy.ts'
import { firstProject } from '../support/mistakes.ts'

interface HmrMessage { type: string, err?: { message: string } }

describe('npm run dev with bad data: the terminal and the overlay name it, and a fix reloads the page', () => {
  const { dir, remove } = copyDeck()
  const projects = join(dir, 'data/projects.ts')
  const good = readFileSync(projects, 'utf8')
  const { id, startYear } = firstProject(dir)
  const yearLine = `data/projects.ts: record "${id}", field "startYear": year 1850 is out of range 1950–2030`
  writeFileSync(projects, good.replace(startYear, 'startYear: 1850'))

  const terminal: string[] = []
  let server: ViteDevServer
  const sockets: WebSocket[] = []

  /** A page's connection to Vite's channel: what it has received so far. */
  const connect = (): HmrMessage[] => {
    const { port } = server.httpServer!.address() as { port: number }
    const socket = new WebSocket(`ws://127.0.0.1:${port}/?token=${server.config.webSocketToken}`, 'vite-hmr')
    const messages: HmrMessage[] = []
    socket.addEventListener('message', e => messages.push(JSON.parse(String(e.data))))
    sockets.push(socket)
    return messages
  }
  let messages: HmrMessage[]

  /** Resolves with the first message a page received (since `from`) that passes `test`. */
  const received = (test: (m: HmrMessage) => boolean, from = 0, page = messages) => vi.waitFor(() => {
    const found = page.slice(from).find(test)
    if (!found)
      throw new Error(`no such message yet; got ${JSON.stringify(page.map(m => m.type))}`)
    return found
  }, { timeout: 10_000, interval: 50 })

  beforeAll(async () => {
    const collect = (...args: unknown[]) => void terminal.push(args.join(' '))
    vi.spyOn(console, 'error').mockImplementation(collect)
    vi.spyOn(console, 'log').mockImplementation(collect)
    server = await createServer({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      cacheDir: join(dir, '.vite'), // not this checkout's: a dev server of the deck may be running beside
      optimizeDeps: { noDiscovery: true, include: [] },
      server: { host: '127.0.0.1', port: 0 },
      plugins: [deckCheck()],
    })
    await server.listen()
    messages = connect()
  })

  afterAll(async () => {
    sockets.forEach(socket => socket.close())
    await server?.close()
    vi.restoreAllMocks()
    remove()
  })

  it('prints every problem in the terminal when the server starts', async () => {
    await vi.waitFor(() => expect(terminal.join('\n')).toContain(yearLine), { timeout: 10_000 })
  })

  it('shows the same problem in the overlay of every page that connects', async () => {
    const shown = await received(m => m.type === 'error')
    expect(shown.err?.message).toContain(yearLine)
    // The presenter's window, or the same page reloaded: Vite itself keeps an error for the first only.
    const second = await received(m => m.type === 'error', 0, connect())
    expect(second.err?.message).toContain(yearLine)
  })

  it('reloads the page by itself once the file is fixed, and says so', async () => {
    const from = messages.length
    writeFileSync(projects, good)
    await received(m => m.type === 'full-reload', from)
    expect(terminal.at(-1)).toMatch(/deck is fine again/)
  })

  it('shows a problem made while the server runs, at once', async () => {
    const from = messages.length
    writeFileSync(projects, good.replace(startYear, 'startYear: 1850'))
    const shown = await received(m => m.type === 'error', from)
    expect(shown.err?.message).toContain(yearLine)
  })
})
