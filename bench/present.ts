// `npm run present` as a speaker meets it: from the command to the first slide in the browser.
import type { Browser } from 'playwright-chromium'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { ROOT } from './run.ts'

/** In the page: slide `no` has its layout on screen. */
export function rendered(no: number): boolean {
  const box = document.querySelector(`.slidev-page-${no} .slidev-layout`)?.getBoundingClientRect()
  return !!box && box.width > 0 && box.height > 0
}

export interface PresentSample {
  /** From starting `npm run present` to slide 1 rendered in a page opened on the printed address. */
  ms: number
  /** It built first (dist/ was older than a source): this sample timed a build too. */
  built: boolean
}

export async function measurePresent(browser: Browser, port: number, timeoutMs = 180_000): Promise<PresentSample> {
  const start = performance.now()
  const child = spawn('npm', ['run', 'present', '--', '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, stopped as Ctrl-C would stop it
    env: { ...process.env, NO_COLOR: '1' },
  })
  let out = ''
  child.stdout.on('data', d => out += d)
  child.stderr.on('data', d => out += d)
  const exited = new Promise(resolve => child.once('exit', resolve))
  try {
    const deadline = Date.now() + timeoutMs
    let url = out.match(/audience +(http:\S+)/)?.[1]
    while (!url) {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`npm run present printed no address:\n${out.slice(-2000)}`)
      await new Promise(resolve => setTimeout(resolve, 10))
      url = out.match(/audience +(http:\S+)/)?.[1]
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    try {
      const page = await context.newPage()
      await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs })
      await page.waitForFunction(rendered, 1, { polling: 'raf', timeout: timeoutMs })
      return { ms: performance.now() - start, built: out.includes('Building first') }
    }
    finally {
      await context.close()
    }
  }
  finally {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, 'SIGINT')
      await exited
    }
  }
}
