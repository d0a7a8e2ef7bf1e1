// @vitest-environment node
// lib/serve.ts as a host serves a build: routes fall back to index.html under the base path,
// scripts go gzipped, nothing outside the base, and a folder named relative to the working directory
// (`npm run export:handout -- --dist build`) is the folder served.
import type { StaticServer } from '../../lib/serve.ts'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDist } from '../../lib/serve.ts'

describe('serveDist', () => {
  // Below the working directory, so that its relative name does not climb out through '..'.
  mkdirSync('node_modules/.cache', { recursive: true })
  const dir = mkdtempSync(join('node_modules/.cache', 'serve-'))
  let server: StaticServer
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>deck</title>')
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'assets/app.js'), `export const slides = ${JSON.stringify('x'.repeat(4000))}\n`)
    server = await serveDist(dir, '/talk/')
  })
  afterAll(async () => {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers a slide or presenter route with index.html', async () => {
    for (const route of ['3?clicks=99', 'presenter/1']) {
      const res = await fetch(`${server.url}${route}`, { headers: { accept: 'text/html' } })
      expect(res.status, route).toBe(200)
      expect(await res.text(), route).toContain('<title>deck</title>')
    }
  })

  it('sends scripts gzipped to a client that accepts it', async () => {
    const res = await fetch(`${server.url}assets/app.js`, { headers: { 'accept-encoding': 'gzip' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBe('gzip')
  })

  it('serves nothing outside the base path', async () => {
    const outside = new URL('/assets/app.js', server.url)
    expect((await fetch(outside)).status).toBe(404)
  })
})
