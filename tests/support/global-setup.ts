// Builds the deck once for all browser tests: at the root (dist/) and under a subpath
// (dist-sub/), exactly as `npm run build` does, so the tests look at the real build.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { ROOT } from './deck.ts'

export const SUBPATH = '/talks/sino-russian-cooperation/'
export const DIST = resolve(ROOT, 'dist')
export const DIST_SUB = resolve(ROOT, 'dist-sub')

function build(args: string[]) {
  // Vitest sets NODE_ENV=test, and Vite builds whatever NODE_ENV says: Vue's development build,
  // twice the size. The tests look at the production build, as `npm run build` makes it.
  const run = spawnSync('npm', ['run', 'build', '--', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } })
  if (run.status !== 0)
    throw new Error(`npm run build ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`)
}

export default function setup() {
  build(['--out', DIST])
  build(['--base', SUBPATH, '--out', DIST_SUB])
}
