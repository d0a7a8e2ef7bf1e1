// `npm run present`: gives the talk from the production build, the one `npm test` checks. Builds
// first when a source is newer than dist/ (and says which); when that build fails, it serves the
// last good build and says so, loudly, in the terminal and in the presenter window. Then serves
// dist/ on 127.0.0.1 and prints the audience and presenter addresses. Ctrl-C stops it.
//
// It runs on Node's own TypeScript support (`node scripts/present.ts`): no compiler to start.
import type { PresentNotice } from '../lib/notice.ts'
import { networkInterfaces } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { buildDeck, builtAt, changedSince, listSources, staleReason } from '../lib/build.ts'
import { parseCommand } from '../lib/command.ts'
import { serveDist } from '../lib/serve.ts'

const USAGE = `Usage: npm run present [-- --port <n>] [-- --host]

Serves the built deck (dist/) for the talk, building it first when a source changed.
If that build fails, the last good build is served and the presenter window says so.
  --port <n>  the port to try first (default 3030; the next free one when taken)
  --host      also serve on the local network, for phones in the room
  --help      this text`

const { values: opts } = parseCommand({
  options: {
    port: { type: 'string', default: '3030' },
    host: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
}, USAGE)
const askedPort = Number(opts.port)
if (!Number.isInteger(askedPort) || askedPort < 1 || askedPort > 65535) {
  console.error(`--port must be a port number (1–65535), not "${opts.port}"`)
  process.exit(2)
}

const ROOT = resolve(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')
const when = (ms: number) => new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

let notice: PresentNotice | undefined
const stale = staleReason(listSources(ROOT), builtAt(DIST))
if (stale) {
  console.log(`Building first: ${stale} (npm run build).`)
  if (buildDeck(ROOT) !== 0) {
    const built = builtAt(DIST)
    if (built === undefined) {
      console.error('\n✗ The build failed (above), and there is no earlier build in dist/: nothing to present.')
      process.exit(1)
    }
    const changed = changedSince(listSources(ROOT), built).map(s => s.path)
    notice = { builtAt: new Date(built).toISOString(), changed }
    const bar = '!'.repeat(78)
    console.error(`\n${bar}\n! The build failed (above). Presenting the LAST GOOD BUILD, of ${when(built)}.\n! Changed since, and not in it: ${changed.join(', ')}\n! Fix the problem and run npm run present again to show your changes.\n${bar}\n`)
  }
}

const server = await serveDist(DIST, '/', { port: askedPort, host: opts.host ? '0.0.0.0' : '127.0.0.1', notice })
const local = `http://127.0.0.1:${server.port}`
const lines = [
  notice ? `Presenting the build of ${when(Date.parse(notice.builtAt))} (the newer sources failed to build).` : `Presenting dist/${stale ? ', just built' : ', up to date with the sources'}.`,
  ...(server.port !== askedPort ? [`Port ${askedPort} is taken; using ${server.port}.`] : []),
  `  audience   ${local}/`,
  `  presenter  ${local}/presenter/1`,
  'Open both in the same browser: they stay in step. Keys: → next, ← back, f full screen, o overview.',
]
if (opts.host) {
  const lan = Object.values(networkInterfaces()).flat().filter(a => a && a.family === 'IPv4' && !a.internal).map(a => `  phones     http://${a!.address}:${server.port}/`)
  lines.push(...(lan.length ? lan : ['  phones     (no network address found on this machine)']), 'Phones follow only what they load themselves: each moves on its own, not with your presenter window.')
}
lines.push('Ctrl-C stops.')
console.log(lines.join('\n'))

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await server.close()
    console.log('\nStopped.')
    process.exit(0)
  })
}
