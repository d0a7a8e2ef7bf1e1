// Before a command does anything: every command answers --help, and a Node older than the deck
// needs gets one sentence, from npm run, before anything else runs.
import { execFile, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../lib/deck.ts'
import { copyToBreak, removeCopies } from '../support/mistakes.ts'

afterAll(removeCopies)

describe('every command answers --help', () => {
  // Side by side: each is a Node start and little else.
  it.concurrent.each(['check', 'build', 'export', 'export:handout', 'export:site', 'present', 'test', 'bench'])('npm run %s -- --help prints its usage and exits 0', async (script) => {
    // execFile rejects on a non-zero exit, with the output in the error.
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', script, '--', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(stdout).toMatch(/^Usage: npm (?:run |test )/m)
  })
})

describe('a Node older than the deck needs', () => {
  it('gets one sentence naming the Node running and the Nodes the deck needs, from npm run, before anything else runs', () => {
    // This Node is recent; a deck that asked for a future one plays the old Node.
    const dir = copyToBreak()
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, engines: { node: '>=99.0.0' } }))
    const dev = spawnSync('npm', ['run', '--silent', 'dev'], { cwd: dir, encoding: 'utf8', timeout: 60_000 })
    expect(dev.status).not.toBe(0)
    expect(dev.stderr.trim()).toBe(`This is Node ${process.versions.node}; the deck needs Node >=99.0.0 (Node 24 is best): see README.md, "Node older than 22.22", to install it and put it first on PATH.`)
    expect(dev.stdout).not.toMatch(/slidev|vite/i)
  })
})
