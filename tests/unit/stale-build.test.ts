// `npm run present` rebuilds when dist/ is older than any source, and serves dist/ as it is
// otherwise (lib/build.ts).
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { builtAt, listSources, staleReason } from '../../lib/build.ts'

describe('staleReason', () => {
  const built = Date.parse('2026-11-28T10:00:00Z')

  it('asks for a build when there is none', () => {
    expect(staleReason([{ path: 'slides.md', mtimeMs: built }], undefined)).toBe('there is no build in dist/ yet')
  })

  it('serves the build when every source is older', () => {
    expect(staleReason([{ path: 'slides.md', mtimeMs: built - 1 }, { path: 'data/claims.ts', mtimeMs: built - 60_000 }], built)).toBeUndefined()
  })

  it('names the newest changed source, and counts the others', () => {
    const sources = [
      { path: 'slides.md', mtimeMs: built - 1 },
      { path: 'data/claims.ts', mtimeMs: built + 5_000 },
      { path: 'components/FactCheck.vue', mtimeMs: built + 9_000 },
      { path: 'vite.config.ts', mtimeMs: built + 1 },
    ]
    expect(staleReason(sources, built)).toBe('components/FactCheck.vue and 2 more files changed since dist/ was built')
    expect(staleReason(sources.slice(0, 2), built)).toBe('data/claims.ts changed since dist/ was built')
  })
})

describe('listSources and builtAt on a project folder', () => {
  let root: string
  const at = (path: string, iso: string) => {
    const t = new Date(iso)
    utimesSync(join(root, path), t, t)
  }
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'stale-build-'))
    for (const dir of ['components', 'data/nested', 'public', 'scripts', 'vite', 'dist', 'node_modules/x', 'exports'])
      mkdirSync(join(root, dir), { recursive: true })
    for (const file of ['slides.md', 'components/Table.vue', 'data/nested/records.ts', 'public/favicon.svg', 'vite.config.ts', 'vite/first-load.ts', 'scripts/present.ts', 'package.json', 'README.md', 'node_modules/x/index.js', 'exports/slides.pdf', 'dist/index.html'])
      writeFileSync(join(root, file), '')
    for (const file of ['slides.md', 'components/Table.vue', 'data/nested/records.ts', 'public/favicon.svg', 'vite.config.ts', 'vite/first-load.ts', 'scripts/present.ts', 'package.json', 'README.md', 'node_modules/x/index.js', 'exports/slides.pdf'])
      at(file, '2026-11-28T09:00:00Z')
    at('dist/index.html', '2026-11-28T10:00:00Z')
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('lists the build inputs, in nested folders too, and nothing else', () => {
    expect(listSources(root).map(s => s.path).sort()).toEqual([
      'components/Table.vue',
      'data/nested/records.ts',
      'package.json',
      'public/favicon.svg',
      'slides.md',
      'vite.config.ts',
      'vite/first-load.ts',
    ])
  })

  it('a fresh build is served; a source edited after it, or a deleted build, builds again', () => {
    expect(staleReason(listSources(root), builtAt(join(root, 'dist')))).toBeUndefined()

    // Files outside the build's inputs change nothing.
    at('README.md', '2026-11-28T11:00:00Z')
    at('exports/slides.pdf', '2026-11-28T11:00:00Z')
    expect(staleReason(listSources(root), builtAt(join(root, 'dist')))).toBeUndefined()

    at('data/nested/records.ts', '2026-11-28T11:00:00Z')
    expect(staleReason(listSources(root), builtAt(join(root, 'dist')))).toBe('data/nested/records.ts changed since dist/ was built')

    rmSync(join(root, 'dist'), { recursive: true })
    expect(builtAt(join(root, 'dist'))).toBeUndefined()
    expect(staleReason(listSources(root), builtAt(join(root, 'dist')))).toBe('there is no build in dist/ yet')
  })
})
