// Running the installed Slidev (and npm scripts) from the project root, timed, with output kept
// for the report when something fails.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
export const SLIDEV = resolve(ROOT, 'node_modules/.bin/slidev')

export interface Timed {
  ok: boolean
  code: number | null
  seconds: number
  /** The last lines of stdout+stderr, for error messages. */
  tail: string
}

/** Runs a command in the project root, quietly, and times it with the wall clock. */
export function timed(cmd: string, args: string[], options: { timeoutMs?: number } = {}): Promise<Timed> {
  return new Promise((done) => {
    const start = performance.now()
    const child = spawn(cmd, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      // No colours or progress bars in the captured output.
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
    })
    let out = ''
    const keep = (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-20_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 180_000)
    const finish = (code: number | null) => {
      clearTimeout(timer)
      done({
        ok: code === 0,
        code,
        seconds: (performance.now() - start) / 1000,
        tail: out.split('\n').filter(l => l.trim()).slice(-25).join('\n'),
      })
    }
    child.on('error', (e) => {
      out += `\n${e.message}`
      finish(null)
    })
    child.on('close', finish)
  })
}
