// Runs before `npm install` and before every npm script: on a Node older than the deck needs,
// one clear sentence and exit 1, before anything else fails with a stack trace. Plain JavaScript,
// so that an old Node can run it. The versions are package.json's `engines.node`.
import { readFileSync } from 'node:fs'
import process from 'node:process'

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const [major, minor, patch] = process.versions.node.split('.').map(Number)
const atLeast = (v, [a, b, c]) => v[0] > a || (v[0] === a && (v[1] > b || (v[1] === b && v[2] >= c)))
/** `^22.22.2`, `>=26.0.0`: the two forms engines uses, each checked against this Node. */
function fits(range) {
  return range.split('||').map(r => r.trim()).some((r) => {
    const m = /^(\^|>=)(\d+)\.(\d+)\.(\d+)$/.exec(r)
    if (!m)
      throw new Error(`scripts/need-node.mjs reads ^x.y.z and >=x.y.z ranges only, not "${r}" in package.json's engines`)
    const want = [Number(m[2]), Number(m[3]), Number(m[4])]
    return atLeast([major, minor, patch], want) && (m[1] === '>=' || major === want[0])
  })
}

if (!fits(engines.node)) {
  console.error(`This is Node ${process.versions.node}; the deck needs Node ${engines.node.replaceAll(' || ', ' or ')} (Node 24 is best): see README.md, "Node older than 22.22", to install it and put it first on PATH.`)
  process.exit(1)
}
