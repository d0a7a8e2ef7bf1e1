// The production build in dist/: made in a folder of its own and put in place only when it
// succeeds, so a failed build never costs the last good one; and whether it still shows the deck
// as the sources are (`npm run present` builds first when it does not).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'

/**
 * What goes into the build, relative to the project root: Slidev's own folders and files (those
 * this deck has, and those it could grow: pages/, snippets/, global layers, uno.config.ts), the
 * modules they import, the Vite config with its plugins and the check it runs, and the installed
 * dependencies (package-lock.json pins them).
 */
const BUILD_INPUTS = [
  'slides.md',
  'content',
  'pages',
  'components',
  'layouts',
  'data',
  'lib',
  'styles',
  'setup',
  'snippets',
  'public',
  'index.html',
  'global-top.vue',
  'global-bottom.vue',
  'custom-nav-controls.vue',
  'uno.config.ts',
  'vite.config.ts',
  'vite',
  'check',
  'package.json',
  'package-lock.json',
]

export interface Dated {
  /** Path relative to the project root. */
  path: string
  mtimeMs: number
}

/** Every file under the build inputs of `root` that exist, with its modification time. */
export function listSources(root: string, inputs = BUILD_INPUTS): Dated[] {
  const found: Dated[] = []
  const visit = (abs: string) => {
    const stat = statSync(abs)
    if (stat.isDirectory()) {
      for (const name of readdirSync(abs))
        visit(join(abs, name))
    }
    else {
      found.push({ path: relative(root, abs), mtimeMs: stat.mtimeMs })
    }
  }
  for (const input of inputs) {
    const abs = join(root, input)
    if (existsSync(abs))
      visit(abs)
  }
  return found
}

/** The build's time: when its index.html, the last file Vite writes, was written; undefined without one. */
export function builtAt(dist: string): number | undefined {
  const index = join(dist, 'index.html')
  return existsSync(index) ? statSync(index).mtimeMs : undefined
}

/** The sources changed since the build (newest first); every source when there is no build. */
export function changedSince(sources: Dated[], built: number | undefined): Dated[] {
  return sources.filter(s => built === undefined || s.mtimeMs > built).sort((a, b) => b.mtimeMs - a.mtimeMs)
}

/** Why the build must run again, or undefined when it is newer than every source. */
export function staleReason(sources: Dated[], built: number | undefined): string | undefined {
  if (built === undefined)
    return 'there is no build in dist/ yet'
  const newer = changedSince(sources, built)
  if (!newer.length)
    return undefined
  const more = newer.length > 1 ? ` and ${newer.length - 1} more file${newer.length > 2 ? 's' : ''}` : ''
  return `${newer[0]!.path}${more} changed since dist/ was built`
}

/**
 * `slidev build` into `out` (relative to `root`), with `args` passed through (`--base /x/`) and
 * `env` added to the build's environment. Vite empties its output folder before it writes, so the
 * build goes to a folder beside `out` and replaces `out` only when it succeeded. Returns the
 * build's exit code; `out` is untouched unless 0.
 */
export function buildDeck(root: string, out = 'dist', args: string[] = [], env: Record<string, string> = {}): number {
  const target = resolve(root, out)
  const next = join(dirname(target), `.${relative(dirname(target), target)}.building`)
  rmSync(next, { recursive: true, force: true })
  // Production, whatever NODE_ENV the caller has (Vitest sets "test", which builds Vue's development build).
  const run = spawnSync('npx', ['slidev', 'build', '--out', next, ...args], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ...env, NODE_ENV: 'production' },
  })
  if (run.status !== 0 || !existsSync(join(next, 'index.html'))) {
    rmSync(next, { recursive: true, force: true })
    return run.status || 1
  }
  replaceFolder(next, target)
  return 0
}

/** Puts folder `next` in the place of `target` (which may not exist), on the same file system. */
export function replaceFolder(next: string, target: string): void {
  const old = `${next}.old`
  rmSync(old, { recursive: true, force: true })
  if (existsSync(target))
    renameSync(target, old)
  renameSync(next, target)
  rmSync(old, { recursive: true, force: true })
}
