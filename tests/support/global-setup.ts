import type { TestProject } from 'vitest/node'
// Launches the one browser the browser tests share (tests/support/browser.ts), and makes the deck
// once for all of them, exactly as a user would, so the tests look at the real thing: `npm run
// build` at the root (dist/), and `npm run export:site` under a subpath with a public address in
// the headmatter (dist-sub/site/: the deck, both PDFs, the handout page; the PDF tests read these,
// and the export's output, provided as `siteExportLog`).
// The two run side by side (each leaves a core mostly idle), the second from a copy of the deck
// with `site:` set: two builds of one folder write the same generated modules
// (node_modules/.slidev) at once, and one may read the other's half-written file.
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { launchTestBrowser } from './browser.ts'
import { copyDeck } from './deck-copy.ts'
import { ROOT } from './deck.ts'

export const SUBPATH = '/talks/sino-russian-cooperation/'
/** The public address the site export is made for (the headmatter's `site:` in its copy of the deck). */
export const SITE = 'https://talks.example.org/thirty-years/'
export const DIST = resolve(ROOT, 'dist')
export const DIST_SUB = resolve(ROOT, 'dist-sub', 'site')

function run(args: string[], cwd = ROOT): Promise<string> {
  // Vitest sets NODE_ENV=test, and Vite builds whatever NODE_ENV says: Vue's development build,
  // twice the size. The tests look at the production build, as the commands make it.
  const child = spawn('npm', ['run', ...args], { cwd, shell: process.platform === 'win32', env: { ...process.env, NODE_ENV: 'production' } })
  let log = ''
  child.stdout.on('data', d => log += d)
  child.stderr.on('data', d => log += d)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', code => code === 0 ? resolve(log) : reject(new Error(`npm run ${args.join(' ')} failed (${code}):\n${log}`)))
  })
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** What `npm run export:site` printed. */
    siteExportLog: string
    /** Where the run's browser listens. */
    browserEndpoint: string
  }
}

/** `npm run build` and `npm run export:site` side by side; resolves to what the export printed. */
async function makeDeck(): Promise<string> {
  const copy = copyDeck()
  try {
    const slides = join(copy.dir, 'slides.md')
    const text = readFileSync(slides, 'utf8')
    if (!/^lang: /m.test(text))
      throw new Error('slides.md: the headmatter has no lang: line to put site: after')
    writeFileSync(slides, text.replace(/^lang: .*$/m, `$&\nsite: ${SITE}`))
    const [, siteLog] = await Promise.all([
      run(['build', '--', '--out', DIST]),
      run(['export:site', '--', '--base', SUBPATH, '--out-dir', resolve(ROOT, 'dist-sub')], copy.dir),
    ])
    return siteLog
  }
  finally {
    copy.remove()
  }
}

export default async function setup(project: TestProject) {
  const browser = await launchTestBrowser()
  try {
    project.provide('siteExportLog', await makeDeck())
    project.provide('browserEndpoint', browser.wsEndpoint())
  }
  catch (e) {
    await browser.close()
    throw e
  }
  return () => browser.close()
}
