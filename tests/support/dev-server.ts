// `npm run dev`, the way a speaker starts it to edit or to drive the talk from another device,
// on loopback and a free port, for dev-server.test.ts.
import type { Buffer } from 'node:buffer'
import type { StaticServer } from '../../lib/serve.ts'
import { spawn, spawnSync } from 'node:child_process'
import process from 'node:process'
import { stripVTControlCharacters } from 'node:util'
import { freePort } from '../../lib/serve.ts'
import { ROOT } from './deck.ts'

export interface DevServer extends StaticServer {
  /** Everything the dev server printed so far (ANSI colours removed). */
  output: () => string
}

/** Starts `npm run dev` and resolves once the deck answers on http://127.0.0.1:PORT/. */
export async function startDevServer(timeoutMs = 90_000): Promise<DevServer> {
  const port = await freePort()
  const windows = process.platform === 'win32'
  const child = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--bind', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: windows, // npm is npm.cmd there
    detached: !windows, // its own process group, so close() stops npm, slidev and vite together
  })
  let log = ''
  const collect = (d: Buffer) => log += stripVTControlCharacters(d.toString())
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = new Promise(resolve => child.once('exit', resolve))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      if (windows) // no process groups: end the tree by its root
        spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' })
      else
        process.kill(-child.pid!, 'SIGTERM')
      await exited
    }
  }

  const url = `http://127.0.0.1:${port}/`
  const deadline = Date.now() + timeoutMs
  while (!await fetch(url).then(r => r.ok, () => false)) {
    if (child.exitCode !== null)
      throw new Error(`npm run dev exited with code ${child.exitCode}:\n${log}`)
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`npm run dev did not answer on ${url} within ${timeoutMs / 1000} s:\n${log}`)
    }
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  return { url, close: stop, output: () => log }
}
