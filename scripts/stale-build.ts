// When `dist/` no longer shows the deck as it is in the sources: `npm run present` builds first
// then, and serves `dist/` as it is otherwise.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * What goes into the build, relative to the project root: Slidev's own folders and files (those
 * this deck has, and those it could grow: layouts/, pages/, snippets/, global layers, uno.config.ts),
 * the build's config with the plugin file that shapes index.html, and the installed dependencies
 * (package-lock.json pins them).
 */
export const BUILD_INPUTS = [
  'slides.md',
  'pages',
  'components',
  'layouts',
  'data',
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
  'scripts/first-load.ts',
  'package.json',
  'package-lock.json',
]

export interface Dated {
  /** Path relative to the project root. */
  path: string
  mtimeMs: number
}

/**
 * Why the build must run again, or undefined when `built` (the build's time) is newer than every
 * source. `built` is undefined when there is no build.
 */
export function staleReason(sources: Dated[], built: number | undefined): string | undefined {
  if (built === undefined)
    return 'there is no build in dist/ yet'
  const newer = sources.filter(s => s.mtimeMs > built).sort((a, b) => b.mtimeMs - a.mtimeMs)
  if (!newer.length)
    return undefined
  const more = newer.length > 1 ? ` and ${newer.length - 1} more file${newer.length > 2 ? 's' : ''}` : ''
  return `${newer[0]!.path}${more} changed since dist/ was built`
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
