// What the real build (tests/support/global-setup.ts) writes besides the deck: the claims ledger,
// generated from the same data as the slides, and no schema library for the audience's browser,
// nor the libraries of Slidev features the deck leaves out.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { claims, sources } from '../../data/index'
import { claimsLedger } from '../../lib/claims'
import { DIST } from '../support/global-setup'

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap(e => e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])
}

describe('npm run build', () => {
  it('writes dist/claims.json: every fact check with its verdict, record, date and sources', () => {
    expect(JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8'))).toEqual(claimsLedger(claims, sources))
  })

  it('ships no schema library: the data reaching the browser was checked at the door', () => {
    const withValibot = files(join(DIST, 'assets')).filter(f => f.endsWith('.js') && readFileSync(f, 'utf8').includes('valibot'))
    expect(withValibot).toEqual([])
  })

  it('ships none of the libraries it leaves out (vite/first-load.ts): v-mark\'s, v-motion\'s, a YAML parser', () => {
    // A string each library carries and nothing else in the deck does.
    const marks = { 'roughjs (v-mark)': 'hachure', 'popmotion (v-motion)': 'stiffness', 'yaml': 'tag:yaml.org' }
    const scripts = files(join(DIST, 'assets')).filter(f => f.endsWith('.js')).map(f => readFileSync(f, 'utf8'))
    expect(Object.entries(marks).filter(([, mark]) => scripts.some(code => code.includes(mark))).map(([name]) => name)).toEqual([])
  })
})
