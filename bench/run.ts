// Running the installed Slidev (and npm scripts) from the project root, timed, with output kept
// for the report when something fails.
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import process from 'node:process'

export const ROOT = resolve(import.meta.dirname, '..')
export const SLIDEV = resolve(ROOT, 'node_modules/.bin/slidev')

export interface Timed {
  ok: boolean
  code: number | null
  seconds: number
  /**
   * CPU seconds (user + system) of the command and the children it waited for, from bash's
   * `time`. Unlike the wall clock, this barely moves when other work competes for the cores.
   */
  cpuSeconds?: number
  /** The last lines of stdout+stderr, for error messages. */
  tail: string
}

const CPU_MARK = '__bench_cpu__'

// Commands run in their own process groups; on Ctrl-C, end those groups too.
const running = new Set<number>()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const pid of running) {
      try {
        process.kill(-pid, 'SIGTERM')
      }
      catch {}
    }
    process.exit(130)
  })
}

/** Runs a command in the project root, quietly, and times it: wall clock, and CPU via bash's `time`. */
export function timed(cmd: string, args: string[], options: { timeoutMs?: number } = {}): Promise<Timed> {
  return new Promise((done) => {
    const start = performance.now()
    const child = spawn('bash', ['-c', `TIMEFORMAT='${CPU_MARK} %U %S'; time "$@"`, 'bench', cmd, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout ends the command and everything it started.
      detached: true,
      // No colours or progress bars in the captured output.
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
    })
    running.add(child.pid!)
    let out = ''
    const keep = (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-20_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => {
      out += `\ntimed out after ${(options.timeoutMs ?? 180_000) / 1000} s`
      try {
        process.kill(-child.pid!, 'SIGTERM')
      }
      catch {}
    }, options.timeoutMs ?? 180_000)
    const finish = (code: number | null) => {
      clearTimeout(timer)
      running.delete(child.pid!)
      const cpu = out.match(new RegExp(`${CPU_MARK} ([\\d.]+) ([\\d.]+)`))
      done({
        ok: code === 0,
        code,
        seconds: (performance.now() - start) / 1000,
        cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
        tail: out.split('\n').filter(l => l.trim() && !l.startsWith(CPU_MARK)).slice(-25).join('\n'),
      })
    }
    child.on('error', (e) => {
      out += `\n${e.message}`
      finish(null)
    })
    child.on('close', finish)
  })
}
