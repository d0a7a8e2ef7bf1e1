// `npm run present`: gives the talk from the production build, the one `npm test` checks. Builds
// first when a source is newer than dist/ (and says which), then serves dist/ on 127.0.0.1 and
// prints the audience and presenter addresses. Ctrl-C stops it.
//
// It runs on Node's own TypeScript support (`node scripts/present.ts`), not tsx: a second less
// between the command and the first slide.
//
// Options: --port N (default 3030; the next free port when it is taken),
//          --host (serve on every network this machine is on, for phones in the room).
import { spawnSync } from 'node:child_process'
import { networkInterfaces } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { serveDist } from './serve.ts'
import { builtAt, listSources, staleReason } from './stale-build.ts'

const { values: opts } = parseArgs({
  options: {
    port: { type: 'string', default: '3030' },
    host: { type: 'boolean', default: false },
  },
})
const askedPort = Number(opts.port)
if (!Number.isInteger(askedPort) || askedPort < 1 || askedPort > 65535) {
  console.error(`--port must be a port number (1–65535), not "${opts.port}"`)
  process.exit(2)
}

const ROOT = resolve(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')

const stale = staleReason(listSources(ROOT), builtAt(DIST))
if (stale) {
  console.log(`Building first: ${stale} (npm run build).`)
  // Production, whatever NODE_ENV the caller has (Vitest sets "test", which builds Vue's development build).
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (build.status !== 0) {
    console.error('\nThe build failed (above); nothing to present.')
    process.exit(build.status ?? 1)
  }
}

const server = await serveDist(DIST, '/', { port: askedPort, host: opts.host ? '0.0.0.0' : '127.0.0.1' })
const local = `http://127.0.0.1:${server.port}`
const lines = [
  `Presenting dist/${stale ? ', just built' : ', up to date with the sources'}.`,
  ...(server.port !== askedPort ? [`Port ${askedPort} is taken; using ${server.port}.`] : []),
  `  audience   ${local}/`,
  `  presenter  ${local}/presenter/1`,
  'Open both in the same browser: they stay in step. Keys: → next, ← back, f full screen, o overview.',
]
if (opts.host) {
  const lan = Object.values(networkInterfaces()).flat()
    .filter(a => a && a.family === 'IPv4' && !a.internal)
    .map(a => `  phones     http://${a!.address}:${server.port}/`)
  lines.push(...(lan.length ? lan : ['  phones     (no network address found on this machine)']),
    'Phones follow only what they load themselves: each moves on its own, not with your presenter window.')
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
