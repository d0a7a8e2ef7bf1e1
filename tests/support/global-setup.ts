// Builds the deck once for all browser tests: at the root (dist/) and under a subpath
// (dist-sub/), exactly as `npm run build` does, so the tests look at the real build. The two
// builds run side by side (each leaves a core mostly idle), the second from a copy of the deck:
// two builds of one folder write the same generated modules (node_modules/.slidev) at once, and
// one may read the other's half-written file.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import process from 'node:process'
import { copyDeck } from './deck-copy.ts'
import { ROOT } from './deck.ts'

export const SUBPATH = '/talks/sino-russian-cooperation/'
export const DIST = resolve(ROOT, 'dist')
export const DIST_SUB = resolve(ROOT, 'dist-sub')

function build(args: string[], cwd = ROOT): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite builds whatever NODE_ENV says: Vue's development build,
  // twice the size. The tests look at the production build, as `npm run build` makes it.
  const child = spawn('npm', ['run', 'build', '--', ...args], { cwd, shell: process.platform === 'win32', env: { ...process.env, NODE_ENV: 'production' } })
  let log = ''
  child.stdout.on('data', d => log += d)
  child.stderr.on('data', d => log += d)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', code => code === 0 ? resolve() : reject(new Error(`npm run build -- ${args.join(' ')} failed (${code}):\n${log}`)))
  })
}

export default async function setup() {
  const copy = copyDeck()
  try {
    await Promise.all([
      build(['--out', DIST]),
      build(['--base', SUBPATH, '--out', DIST_SUB], copy.dir),
    ])
  }
  finally {
    copy.remove()
  }
}
